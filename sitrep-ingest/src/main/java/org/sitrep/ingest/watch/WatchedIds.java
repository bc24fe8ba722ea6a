package org.sitrep.ingest.watch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The report id of a watched article: its host, path and query with every other character as '_'
 * ("outlet.example_news_2026_strike-near-x"). The whole address, not its last segment, since two
 * outlets both have a "/news/123"; a corrected article at the same address keeps its id, so it
 * replaces its earlier version. Long addresses end in a hash, to stay a usable key.
 */
public final class WatchedIds {
    private static final int MAX = 200;

    private WatchedIds() {
    }

    public static String of(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost();
        String port = uri.getPort() < 0 ? "" : "_" + uri.getPort();
        String rest = (uri.getRawPath() == null ? "" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        String id = (host + port + rest).replaceAll("[^A-Za-z0-9.-]+", "_").replaceAll("_+$", "");
        if (id.length() <= MAX) {
            return id;
        }
        return id.substring(0, MAX - 17) + "_" + sha256(uri.toString()).substring(0, 16);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JVM", e);
        }
    }
}
