package org.sitrep.server.index;

import java.util.HashMap;
import java.util.Map;

/** Numbers for the keys the index compares (names, sides, types), so events hold ints, not strings. */
final class KeyDictionary {
    static final int NONE = -1;

    private final Map<String, Integer> ids = new HashMap<>();

    /** The number of {@code key}, given one if new; {@link #NONE} for null. */
    int add(String key) {
        return key == null ? NONE : ids.computeIfAbsent(key, k -> ids.size());
    }

    /** The number of {@code key}, or {@link #NONE} when no event has it (then nothing matches it). */
    int find(String key) {
        return key == null ? NONE : ids.getOrDefault(key, NONE);
    }

    KeyDictionary copy() {
        KeyDictionary d = new KeyDictionary();
        d.ids.putAll(ids);
        return d;
    }
}
