package org.sitrep.store.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Keeps an H2 file store compact. H2 rewrites sparse chunks in a background thread that only runs
 * with a write delay; the store commits with {@code WRITE_DELAY=0} (a write is in the file when it
 * returns; a batch ingest's commits, grouped, when the batch does), so chunks are left part-full and the file grows to many times its live data (15.8× after 5,000
 * reports). The file is compacted at close ({@code SHUTDOWN COMPACT}) when less than {@link
 * #KEEP_FILL_PERCENT} of it is live data, and on demand ({@code sitrep store compact}), both only
 * when no other process uses the store (shutting down would cut its connections).
 */
final class H2Compaction {
    /** Below this share of live data in the file, closing compacts it fully. */
    static final int KEEP_FILL_PERCENT = 60;

    private H2Compaction() {
    }

    /** The {@code .mv.db} file of an H2 file URL, if it is one. */
    static Optional<Path> file(String url) {
        String rest;
        if (url.startsWith("jdbc:h2:file:")) {
            rest = url.substring("jdbc:h2:file:".length());
        } else if (url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:") && !url.startsWith("jdbc:h2:tcp:")
                && !url.startsWith("jdbc:h2:ssl:") && !url.startsWith("jdbc:h2:zip:")) {
            rest = url.substring("jdbc:h2:".length());
        } else {
            return Optional.empty();
        }
        int settings = rest.indexOf(';');
        return Optional.of(Path.of((settings < 0 ? rest : rest.substring(0, settings)) + ".mv.db"));
    }

    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * Whether every session of the database is one of this process's own, embedded: not a remote
     * client of another process that serves the file, and not serving one.
     */
    static boolean aloneOn(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE CLIENT_ADDR IS NOT NULL")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                return false;
            }
        }
        // a client of another process has a remote session (counted above); so has another process
        // that is a client of this one
        return true;
    }

    /** The share of the file (0-100) holding live data, from H2's own figures. */
    static int livePercent(Connection c) throws SQLException {
        long fill = setting(c, "info.FILL_RATE");
        long chunks = setting(c, "info.CHUNKS_FILL_RATE");
        return (int) (fill * chunks / 100);
    }

    private static long setting(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Long.parseLong(rs.getString(1).replace("%", "").trim()) : 100;
            }
        }
    }

    /** Rewrites the file with live data only; the database is closed afterwards. */
    static void shutdownCompact(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        }
    }
}
