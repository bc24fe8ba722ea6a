package org.sitrep.server.index;

import java.util.Arrays;

/** For one {@link KeyColumn}, the day-order ranks of the events holding each key, ascending ({@link Candidates}). */
final class Postings {
    private static final int[] EMPTY = new int[0];

    /** Per key number, its events; keys are dense ({@link KeyDictionary}), so an array, not a map. */
    private final int[][] byKey;

    private Postings(int[][] byKey) {
        this.byKey = byKey;
    }

    /** @param dayOrder every event's index, in day order */
    static Postings of(EventColumns events, KeyColumn column, int keyCount, int[] dayOrder) {
        int[][] lists = new int[keyCount][];
        int[] sizes = new int[keyCount];
        for (int rank = 0; rank < dayOrder.length; rank++) {
            for (int key : column.keysOf(events, dayOrder[rank])) {
                if (key == KeyDictionary.NONE) {
                    continue;
                }
                int size = sizes[key];
                int[] list = lists[key];
                if (size > 0 && list[size - 1] == rank) {
                    continue; // the event holds the key twice (a name that is its own parent)
                }
                if (list == null || size == list.length) {
                    list = list == null ? new int[4] : Arrays.copyOf(list, size * 2);
                    lists[key] = list;
                }
                list[size] = rank;
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

    /** The ranks of the events holding {@code key}, ascending. */
    Candidates of(int key) {
        int[] list = key < 0 || key >= byKey.length || byKey[key] == null ? EMPTY : byKey[key];
        return new Candidates(list, 0, list.length);
    }
}
