package org.sitrep.server;

import java.util.function.Supplier;
import org.sitrep.store.db.Database;

/**
 * A value computed from the whole store (control timelines, actor counts), recomputed only when
 * the {@link StoreStamp} changes. Readers share the last value; one thread recomputes at a time.
 */
public final class StampedCache<T> {
    private final Database db;
    private final Supplier<T> compute;
    private volatile Entry<T> entry;

    private record Entry<T>(StoreStamp stamp, T value) {
    }

    public StampedCache(Database db, Supplier<T> compute) {
        this.db = db;
        this.compute = compute;
    }

    public T get() {
        StoreStamp now = StoreStamp.read(db);
        Entry<T> e = entry;
        if (e != null && e.stamp().equals(now)) {
            return e.value();
        }
        synchronized (this) {
            e = entry;
            if (e != null && e.stamp().equals(now)) {
                return e.value();
            }
            // read the stamp before the value: a write in between only makes the next call recompute
            T value = compute.get();
            entry = new Entry<>(now, value);
            return value;
        }
    }
}
