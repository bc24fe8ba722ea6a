package org.sitrep.store.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sitrep.json.SitrepJson;
import org.sitrep.store.db.Keys;
import org.sitrep.store.db.Sql;

/**
 * Fills the {@code admin2} columns of events stored before the store had them, from each event's
 * JSON (its location's {@code admin2}), a thousand events at a time. Events whose place has no
 * second-level area keep null.
 */
public final class Admin2FromJson {
    private static final int BATCH = 1000;

    private Admin2FromJson() {
    }

    /** Fills the columns on the caller's connection; returns how many events got a district. */
    public static int fill(Connection c) throws SQLException {
        int filled = 0;
        long after = 0;
        while (true) {
            List<Object[]> rows = Sql.list(c, "SELECT id, event_json FROM event WHERE id > ? ORDER BY id LIMIT ?",
                    List.of(after, BATCH), rs -> new Object[] {rs.getLong(1), rs.getString(2)});
            if (rows.isEmpty()) {
                return filled;
            }
            List<List<Object>> updates = new ArrayList<>();
            for (Object[] row : rows) {
                String admin2 = admin2((long) row[0], (String) row[1]);
                if (admin2 != null) {
                    updates.add(Arrays.asList(admin2, Keys.of(admin2), row[0]));
                }
            }
            if (!updates.isEmpty()) {
                Sql.batch(c, "UPDATE event SET admin2 = ?, admin2_key = ? WHERE id = ?", updates);
                filled += updates.size();
            }
            after = (long) rows.get(rows.size() - 1)[0];
        }
    }

    private static String admin2(long id, String json) throws SQLException {
        try {
            JsonNode admin2 = SitrepJson.mapper().readTree(json).path("location").path("admin2");
            return admin2.isTextual() && !admin2.asText().isBlank() ? admin2.asText() : null;
        } catch (JsonProcessingException e) {
            throw new SQLException("event " + id + " holds JSON that does not parse: " + e.getOriginalMessage(), e);
        }
    }
}
