package org.sitrep.store.change;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.store.db.Database;
import org.sitrep.store.db.Sql;

/**
 * The store's change sequence: writers append inside the transaction that made the change (so a
 * change is seen exactly when its data is), readers ask for what came after the last change they
 * saw. Changes from other processes sharing the store are in it too.
 */
public final class ChangeLog {
    private static final String INSERT = "INSERT INTO change_log (kind, incident_id, place_key, changed_at)"
            + " VALUES (?, ?, ?, ?)";

    private final Database db;

    public ChangeLog(Database db) {
        this.db = db;
    }

    /** The changes after {@code seq}, oldest first, at most {@code limit}. */
    public List<Change> since(long seq, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, not " + limit);
        }
        return db.read(c -> Sql.list(c, "SELECT seq, kind, incident_id, place_key, changed_at FROM change_log"
                + " WHERE seq > ? ORDER BY seq LIMIT ?", List.of(seq, limit),
                rs -> new Change(rs.getLong(1), ChangeKind.of(rs.getString(2)), rs.getLong(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant())));
    }

    /** The sequence number of the last change committed; 0 when nothing changed yet. */
    public long head() {
        return db.read(ChangeLog::head);
    }

    /** The same as {@code c}'s transaction sees it (a writer's own changes included). */
    public static long head(Connection c) throws SQLException {
        return Sql.count(c, "SELECT COALESCE(MAX(seq), 0) FROM change_log", List.of());
    }

    /** One entry to append: {@link #append} writes them in the given order. */
    public record Entry(ChangeKind kind, long eventId, String placeKey) {
    }

    /** Appends changes within the caller's write transaction. */
    public static void append(Connection c, List<Entry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now());
        List<List<?>> rows = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            rows.add(java.util.Arrays.asList(e.kind().label(), e.eventId(), e.placeKey(), now));
        }
        Sql.batch(c, INSERT, rows);
    }
}
