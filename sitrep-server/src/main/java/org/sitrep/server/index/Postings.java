package org.sitrep.server.index;

import java.util.Arrays;

/** For one {@link KeyColumn}, the indexes of the events holding each key, ascending. */
final class Postings {
    private static final int[] EMPTY = new int[0];

    /** Per key number, its events; keys are dense ({@link KeyDictionary}), so an array, not a map. */
    private final int[][] byKey;

    private Postings(int[][] byKey) {
        this.byKey = byKey;
    }

    static Postings of(EventColumns events, KeyColumn column, int keyCount) {
        int[][] lists = new int[keyCount][];
        int[] sizes = new int[keyCount];
        for (int i = 0; i < events.size(); i++) {
            for (int key : column.keysOf(events, i)) {
                if (key == KeyDictionary.NONE) {
                    continue;
                }
                int size = sizes[key];
                int[] list = lists[key];
                if (size > 0 && list[size - 1] == i) {
                    continue; // the event holds the key twice (a name that is its own parent)
                }
                if (list == null || size == list.length) {
                    list = list == null ? new int[4] : Arrays.copyOf(list, size * 2);
                    lists[key] = list;
                }
                list[size] = i;
                sizes[key] = size + 1;
            }
        }
        for (int key = 0; key < keyCount; key++) {
            if (lists[key] != null && lists[key].length != sizes[key]) {
                lists[key] = Arrays.copyOf(lists[key], sizes[key]);
            }
        }
        return new Postings(lists);
    }

    /** The events holding {@code key}, ascending; empty when none does. */
    int[] of(int key) {
        return key < 0 || key >= byKey.length || byKey[key] == null ? EMPTY : byKey[key];
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
