package org.sitrep.store.merge;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.store.db.Sql;

/**
 * Incident ids, inside a write transaction (one writer at a time: no two hand out the same): an
 * event key's id is looked up, or handed out once and registered in {@code event_key}; every id
 * handed out is registered, so an id is never used for two incidents, even after one is gone.
 */
public final class IncidentIds {
    private final Connection c;
    private long next = -1;

    public IncidentIds(Connection c) {
        this.c = c;
    }

    /** The id of an event key, handed out on first use. */
    public long forKey(String stableKey) throws SQLException {
        Optional<Long> known = Sql.first(c, "SELECT id FROM event_key WHERE stable_key = ?", List.of(stableKey),
                rs -> rs.getLong(1));
        if (known.isPresent()) {
            return known.get();
        }
        long id = allocate();
        Sql.update(c, "INSERT INTO event_key (stable_key, id) VALUES (?, ?)", List.of(stableKey, id));
        return id;
    }

    /**
     * The ids of event keys, those without one handed out in the given order: one look-up and one
     * batch for a report's new incidents, not a query and an insert for each.
     */
    public Map<String, Long> forKeys(List<String> stableKeys) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        List<String> distinct = stableKeys.stream().distinct().toList();
        for (List<String> part : Sql.chunks(distinct)) {
            Sql.list(c, "SELECT stable_key, id FROM event_key WHERE stable_key IN (" + Sql.placeholders(part.size())
                    + ")", part, rs -> ids.put(rs.getString(1), rs.getLong(2)));
        }
        List<List<?>> handedOut = new ArrayList<>();
        for (String key : distinct) {
            if (!ids.containsKey(key)) {
                long id = allocate();
                ids.put(key, id);
                handedOut.add(List.of(key, id));
            }
        }
        Sql.batch(c, "INSERT INTO event_key (stable_key, id) VALUES (?, ?)", handedOut);
        return ids;
    }

    /** An id no key has, for an incident whose founder's id is taken. */
    public long fresh() throws SQLException {
        long id = allocate();
        Sql.update(c, "INSERT INTO event_key (stable_key, id) VALUES (?, ?)", List.of("#incident-" + id, id));
        return id;
    }

    private long allocate() throws SQLException {
        if (next < 0) {
            // incidents stored before stable ids (V6) took theirs from the identity column
            next = Math.max(Sql.count(c, "SELECT MAX(id) FROM event_key", List.of()),
                    Sql.count(c, "SELECT MAX(id) FROM incident", List.of())) + 1;
        }
        return next++;
    }
}
