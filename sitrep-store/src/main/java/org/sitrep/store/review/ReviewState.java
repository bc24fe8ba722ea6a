package org.sitrep.store.review;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.store.db.Sql;

/**
 * An incident's current review: its status, the fields as people set them, the machine's reading
 * they reviewed and, when the machine now reads it otherwise, that reading ({@code pending}).
 */
public record ReviewState(long eventId, ReviewStatus status, Long mergedInto, EventFields reviewed,
        EventFields machine, EventFields pending, String reviewer, int corrections, Instant updatedAt) {

    private static final String COLUMNS = "incident_id, status, merged_into, reviewed_json, machine_json, pending_json,"
            + " reviewer, corrections, updated_at";

    public static Optional<ReviewState> read(Connection c, long eventId) throws SQLException {
        return Sql.first(c, "SELECT " + COLUMNS + " FROM event_review WHERE incident_id = ?", List.of(eventId),
                ReviewState::map);
    }

    public static Map<Long, ReviewState> read(Connection c, List<Long> eventIds) throws SQLException {
        Map<Long, ReviewState> out = new HashMap<>();
        for (List<Long> part : Sql.chunks(eventIds)) {
            Sql.list(c, "SELECT " + COLUMNS + " FROM event_review WHERE incident_id IN (" + Sql.placeholders(part.size())
                    + ")", part, ReviewState::map).forEach(s -> out.put(s.eventId(), s));
        }
        return out;
    }

    /** Every review, for the index and the exports (a few per thousand events in practice). */
    public static List<ReviewState> all(Connection c) throws SQLException {
        return Sql.list(c, "SELECT " + COLUMNS + " FROM event_review", List.of(), ReviewState::map);
    }

    /** Writes this state over the incident's previous one (the history keeps every step). */
    public void save(Connection c) throws SQLException {
        List<Object> values = new ArrayList<>(Arrays.asList(status.label(), mergedInto, reviewed.json(), machine.json(),
                pending == null ? null : pending.json(), reviewer, corrections, Timestamp.from(updatedAt)));
        values.add(eventId);
        int n = Sql.update(c, "UPDATE event_review SET status = ?, merged_into = ?, reviewed_json = ?, machine_json = ?,"
                + " pending_json = ?, reviewer = ?, corrections = ?, updated_at = ? WHERE incident_id = ?", values);
        if (n == 0) {
            Sql.update(c, "INSERT INTO event_review (status, merged_into, reviewed_json, machine_json, pending_json,"
                    + " reviewer, corrections, updated_at, incident_id) VALUES (" + Sql.placeholders(9) + ")", values);
        }
    }

    private static ReviewState map(ResultSet rs) throws SQLException {
        return new ReviewState(rs.getLong("incident_id"), ReviewStatus.of(rs.getString("status")),
                Sql.getLongOrNull(rs, "merged_into"), EventFields.read(rs.getString("reviewed_json")),
                EventFields.read(rs.getString("machine_json")), EventFields.read(rs.getString("pending_json")),
                rs.getString("reviewer"), rs.getInt("corrections"), rs.getTimestamp("updated_at").toInstant());
    }
}
