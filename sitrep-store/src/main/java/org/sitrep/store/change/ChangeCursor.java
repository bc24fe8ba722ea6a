package org.sitrep.store.change;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.store.db.Sql;

/**
 * A place in the store's change sequence, for what is kept in memory between transactions: each
 * call says which incidents (and places of changes of control) changed since the last, by any
 * process. Writers append inside the transaction that made the change and take the store's lock one
 * at a time, so a writer's call sees every committed change and its own.
 */
public final class ChangeCursor {
    private final int max;
    private long seen = -1;

    /** What changed since the last call; {@code everything} on the first call or after more than the cursor's limit. */
    public record Changed(boolean everything, Set<Long> incidents, Set<String> places) {
    }

    /** @param max beyond this many changes since the last call, reading everything again is cheaper */
    public ChangeCursor(int max) {
        this.max = max;
    }

    /** The last change taken into account; -1 before the first call. */
    public long seen() {
        return seen;
    }

    /** Moves on to {@code seq} without reading (the caller knows what the changes up to it were). */
    public void moveTo(long seq) {
        seen = seq;
    }

    /** Forgets where it was: the next call says everything changed (what was kept could not follow). */
    public void reset() {
        seen = -1;
    }

    /** The changes after the last one seen, as {@code c}'s transaction sees them; moves past them. */
    public Changed advance(Connection c) throws SQLException {
        long head = ChangeLog.head(c);
        Changed out;
        if (seen < 0 || head < seen || head - seen > max) {
            out = new Changed(true, Set.of(), Set.of());
        } else if (head == seen) {
            out = new Changed(false, Set.of(), Set.of());
        } else {
            Set<Long> incidents = new HashSet<>();
            Set<String> places = new HashSet<>();
            Sql.list(c, "SELECT incident_id, place_key FROM change_log WHERE seq > ?", List.of(seen), rs -> {
                String place = rs.getString(2);
                if (place != null) {
                    places.add(place);
                }
                return incidents.add(rs.getLong(1));
            });
            out = new Changed(false, incidents, places);
        }
        seen = head;
        return out;
    }
}
