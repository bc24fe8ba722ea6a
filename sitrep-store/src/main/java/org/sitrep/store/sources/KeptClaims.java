package org.sitrep.store.sources;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.store.change.ChangeCursor;
import org.sitrep.store.change.KeptByIncident;

/**
 * The stored events of incidents the reliability update read lately, kept between the reports of an
 * ingest: the changes of control near a touched one are read again for every report at their place
 * (19 in 20 of them read before, in the ingest benchmark), and most did not change since. The store's
 * change sequence names every incident whose events changed, in the transaction that changed them, so
 * {@link #forgetChanged} drops those first. Incidents the current transaction may have changed are
 * not kept (only committed rows are), so a transaction rolled back leaves nothing wrong here.
 */
final class KeptClaims {
    /** Incidents kept, a few hundred bytes each; beyond, the least recently used go. */
    private static final int KEPT = 50_000;

    private final KeptByIncident<List<StoredClaim>> claims = new KeptByIncident<>(KEPT);
    private final ChangeCursor cursor = new ChangeCursor(KEPT);
    /**
     * The incidents the last {@link #forgetChanged} found changed (this transaction's among them), not
     * kept until a later transaction's call; null when it could not tell (all were dropped).
     */
    private Set<Long> changedNow;

    /**
     * Drops the incidents changed since the last call, by any process, this transaction included.
     * Called in the writing transaction (writers hold the store's lock one at a time), before reading.
     */
    synchronized void forgetChanged(Connection c) throws SQLException {
        ChangeCursor.Changed changed = cursor.advance(c);
        claims.forget(changed);
        changedNow = changed.everything() ? null : changed.incidents();
    }

    /** The kept events of those of {@code ids} kept. */
    synchronized Map<Long, List<StoredClaim>> get(Collection<Long> ids) {
        return claims.get(ids);
    }

    /**
     * Keeps incidents' events as read in the current transaction, but for those it may have changed:
     * should it roll back, what is kept must be what was committed.
     */
    synchronized void keep(Map<Long, List<StoredClaim>> read) {
        if (changedNow == null) {
            return;
        }
        read.forEach((id, list) -> {
            if (!changedNow.contains(id)) {
                claims.put(id, List.copyOf(list));
            }
        });
    }
}
