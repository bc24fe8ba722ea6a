package org.sitrep.store.merge;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.sitrep.store.change.ChangeCursor;
import org.sitrep.store.change.KeptByIncident;

/**
 * The members of stored incidents, kept between the reports of an ingest: reports of one war tell
 * the same events again and again, and merging read the same candidates' members (wide event rows)
 * from the store for each. Which incidents are candidates is still asked of the store; only their
 * members come from here. Before each report {@link #forgetChanged} drops the incidents the store's
 * change sequence names as changed since the last call, by any process; after a report's transaction
 * committed, {@link #committed} puts in what it wrote (the incidents a report merges into are the
 * ones the next report merges into).
 *
 * <p>Only a report's transaction that changed nothing before merging uses it (not a replaced
 * report's, which deleted events first), so what is read and kept is what was committed.
 */
public final class KeptCandidates {
    /** Incidents kept; beyond, the least recently used go. */
    private static final int KEPT = 50_000;

    private final KeptByIncident<List<Member>> members = new KeptByIncident<>(KEPT);
    private final ChangeCursor cursor = new ChangeCursor(KEPT);

    /**
     * Drops the incidents changed since the last call. Called in the writing transaction (writers
     * hold the store's lock one at a time) before it changes anything; returns the last change seen,
     * for {@link #committed}.
     */
    synchronized long forgetChanged(Connection c) throws SQLException {
        members.forget(cursor.advance(c));
        return cursor.seen();
    }

    /** Those of {@code ids} kept, by incident. */
    synchronized Map<Long, List<Member>> get(Collection<Long> ids) {
        return members.get(ids);
    }

    /** Keeps incidents' members as read in a transaction that changed none yet. */
    synchronized void keep(Map<Long, List<Member>> read) {
        read.forEach((id, list) -> members.put(id, List.copyOf(list)));
    }

    /**
     * A transaction's own writes, to put in once it committed: the members of the incidents it
     * changed (none: deleted), and the changes it appended.
     */
    public record Written(long seenBefore, long lastChange, Map<Long, List<Member>> members) {
    }

    /**
     * Puts in what a committed transaction wrote, if nothing else was taken into account since it
     * began (another transaction's call would have dropped its incidents already).
     */
    public synchronized void committed(Written w) {
        if (cursor.seen() != w.seenBefore()) {
            return;
        }
        w.members().forEach((id, list) -> {
            if (list.isEmpty()) {
                members.remove(id);
            } else {
                members.put(id, List.copyOf(list));
            }
        });
        cursor.moveTo(w.lastChange());
    }
}
