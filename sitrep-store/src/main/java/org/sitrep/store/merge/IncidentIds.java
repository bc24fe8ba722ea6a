package org.sitrep.store.merge;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
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
