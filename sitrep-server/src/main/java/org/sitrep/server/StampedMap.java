package org.sitrep.server;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sitrep.store.LeastRecentlyUsed;
import org.sitrep.store.db.Database;

/**
 * Values derived from the store, each kept until the {@link StoreStamp} changes: at most {@code
 * capacity} of them, the least recently used dropped first. Values missing are computed together,
 * outside any lock (two threads may compute the same one; both answers are right).
 */
public final class StampedMap<K, V> {
    private final Database db;
    private StoreStamp stamp;
    private final Map<K, V> kept;

    public StampedMap(Database db, int capacity) {
        this.db = db;
        this.kept = LeastRecentlyUsed.map(capacity);
    }

    /**
     * The values of {@code keys}: those kept, and the others from {@code compute}, which gets the keys
     * missing and returns the values it finds (a key it leaves out has no value and is not kept).
     */
    public Map<K, V> getAll(Collection<K> keys, Function<Collection<K>, Map<K, V>> compute) {
        // the stamp is read before the values: a write in between only makes the next call compute again
        StoreStamp now = StoreStamp.read(db);
        Map<K, V> out = new LinkedHashMap<>();
        List<K> missing = new ArrayList<>();
        synchronized (kept) {
            if (!now.equals(stamp)) {
                kept.clear();
                stamp = now;
            }
            for (K k : keys) {
                V v = kept.get(k);
                if (v != null) {
                    out.put(k, v);
                } else {
                    missing.add(k);
                }
            }
        }
        if (missing.isEmpty()) {
            return out;
        }
        Map<K, V> computed = compute.apply(missing);
        synchronized (kept) {
            if (now.equals(stamp)) {
                kept.putAll(computed);
            }
        }
        out.putAll(computed);
        return out;
    }
}
