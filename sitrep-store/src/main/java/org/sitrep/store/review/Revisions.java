package org.sitrep.store.review;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.sitrep.store.db.Sql;

/**
 * The history table, inside the caller's transaction: only INSERT and SELECT are written here,
 * and the database refuses any UPDATE or DELETE of it (migration V6_1), whoever asks.
 */
public final class Revisions {
    private Revisions() {
    }

    public static void append(Connection c, long eventId, String author, String action, EventFields before,
            EventFields after, String reason, String extractorVersion) throws SQLException {
        Sql.update(c, "INSERT INTO revision (incident_id, created_at, author, action, before_json, after_json, reason,"
                + " extractor_version) VALUES (" + Sql.placeholders(8) + ")", Arrays.asList(eventId,
                Timestamp.from(Instant.now()), author, action, before == null ? null : before.json(),
                after == null ? null : after.json(), reason, extractorVersion));
    }

    public static List<Revision> of(Connection c, long eventId) throws SQLException {
        return Sql.list(c, "SELECT id, incident_id, created_at, author, action, before_json, after_json, reason,"
                + " extractor_version FROM revision WHERE incident_id = ? ORDER BY id", List.of(eventId),
                rs -> new Revision(rs.getLong("id"), rs.getLong("incident_id"), rs.getTimestamp("created_at").toInstant(),
                        rs.getString("author"), rs.getString("action"), EventFields.read(rs.getString("before_json")),
                        EventFields.read(rs.getString("after_json")), rs.getString("reason"),
                        rs.getString("extractor_version")));
    }
}
