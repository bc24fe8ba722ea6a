package org.sitrep.store.change;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.sitrep.store.LeastRecentlyUsed;

/** Values kept by incident id, at most a number of them (the least recently used go); not synchronized. */
public final class KeptByIncident<V> {
    private final Map<Long, V> byId;

    public KeptByIncident(int capacity) {
        this.byId = LeastRecentlyUsed.map(capacity);
    }

    /** Those of {@code ids} kept. */
    public Map<Long, V> get(Collection<Long> ids) {
        Map<Long, V> out = new HashMap<>();
        for (Long id : ids) {
            V v = byId.get(id);
            if (v != null) {
                out.put(id, v);
            }
        }
        return out;
    }

    public void put(long id, V value) {
        byId.put(id, value);
    }

    public void remove(long id) {
        byId.remove(id);
    }

    /** Drops what changed: the incidents named, or all. */
    public void forget(ChangeCursor.Changed changed) {
        if (changed.everything()) {
            byId.clear();
        } else {
            changed.incidents().forEach(byId::remove);
        }
    }
}
