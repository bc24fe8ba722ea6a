package org.sitrep.server.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Numbers for the keys the index compares (names, sides, types), so events hold ints, not strings. */
final class KeyDictionary {
    static final int NONE = -1;

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    /** The number of {@code key}, given one if new; {@link #NONE} for null. */
    int add(String key) {
        return key == null ? NONE : ids.computeIfAbsent(key, k -> {
            names.add(k);
            return ids.size();
        });
    }

    /** The key of a number, null for {@link #NONE}. */
    String name(int id) {
        return id == NONE ? null : names.get(id);
    }

    /** The number of {@code key}, or {@link #NONE} when no event has it (then nothing matches it). */
    int find(String key) {
        return key == null ? NONE : ids.getOrDefault(key, NONE);
    }

    /** How many keys have a number (numbers are 0 to size - 1). */
    int size() {
        return names.size();
    }

    KeyDictionary copy() {
        KeyDictionary d = new KeyDictionary();
        d.ids.putAll(ids);
        d.names.addAll(names);
        return d;
    }
}
