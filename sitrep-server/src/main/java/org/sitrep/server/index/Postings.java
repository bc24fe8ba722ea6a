package org.sitrep.server.index;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** For one {@link KeyColumn}, the indexes of the events holding each key, ascending. */
final class Postings {
    private static final int[] EMPTY = new int[0];

    private final Map<Integer, int[]> byKey;

    private Postings(Map<Integer, int[]> byKey) {
        this.byKey = byKey;
    }

    static Postings of(List<IndexedEvent> events, KeyColumn column) {
        Map<Integer, int[]> growing = new HashMap<>();
        Map<Integer, Integer> sizes = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            for (int key : column.keysOf(events.get(i))) {
                if (key == KeyDictionary.NONE) {
                    continue;
                }
                int size = sizes.getOrDefault(key, 0);
                int[] list = growing.get(key);
                if (size > 0 && list[size - 1] == i) {
                    continue; // the event holds the key twice (a name that is its own parent)
                }
                if (list == null || size == list.length) {
                    list = list == null ? new int[4] : Arrays.copyOf(list, size * 2);
                    growing.put(key, list);
                }
                list[size] = i;
                sizes.put(key, size + 1);
            }
        }
        Map<Integer, int[]> exact = new HashMap<>(growing.size() * 2);
        growing.forEach((key, list) -> exact.put(key, Arrays.copyOf(list, sizes.get(key))));
        return new Postings(exact);
    }

    /** The events holding {@code key}, ascending; empty when none does. */
    int[] of(int key) {
        return byKey.getOrDefault(key, EMPTY);
    }

    /** The indexes in both ascending lists, ascending. */
    static int[] intersect(int[] a, int[] b) {
        int[] out = new int[Math.min(a.length, b.length)];
        int n = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                out[n++] = a[i];
                i++;
                j++;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
