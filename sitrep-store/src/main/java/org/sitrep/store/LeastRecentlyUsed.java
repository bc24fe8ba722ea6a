package org.sitrep.store;

import java.util.LinkedHashMap;
import java.util.Map;

/** Maps that keep at most a number of entries, dropping the one least recently read or written. */
public final class LeastRecentlyUsed {
    private LeastRecentlyUsed() {
    }

    /** An empty map of at most {@code capacity} entries; not synchronized. */
    public static <K, V> Map<K, V> map(int capacity) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }
}
