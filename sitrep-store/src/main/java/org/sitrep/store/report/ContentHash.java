package org.sitrep.store.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import org.sitrep.model.Report;

/**
 * What identifies a report's content: SHA-256 of its normalised body (Unicode NFC, runs of white
 * space as one space) and of the date its events are resolved against, since the same text under
 * another date tells events on other days. Re-saving a page with other line breaks changes nothing.
 */
public final class ContentHash {
    private ContentHash() {
    }

    public static String of(Report report) {
        String body = Normalizer.normalize(report.body(), Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
        String date = report.referenceDate() == null ? "" : report.referenceDate().toString();
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(body.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(date.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JVM", e);
        }
    }
}
