package org.sitrep.gazetteer;

import java.util.Arrays;

/** long → int map in two arrays (open addressing): place id → place number, without boxing. */
final class LongIntMap {

    private long[] keys;
    private int[] values;
    private boolean[] used;
    private int size;

    LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        used = new boolean[capacity];
    }

    /** The value stored for the key, or -1. */
    int get(long key) {
        int slot = slot(key);
        return used[slot] ? values[slot] : -1;
    }

    /** Stores the value unless the key is present; returns the present value, or -1 when stored. */
    int putIfAbsent(long key, int value) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int slot = slot(key);
        if (used[slot]) {
            return values[slot];
        }
        used[slot] = true;
        keys[slot] = key;
        values[slot] = value;
        size++;
        return -1;
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int slot = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
        while (used[slot] && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        values = new int[keys.length];
        used = new boolean[keys.length];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                putIfAbsent(oldKeys[i], oldValues[i]);
            }
        }
        Arrays.fill(oldUsed, false);
    }
}
