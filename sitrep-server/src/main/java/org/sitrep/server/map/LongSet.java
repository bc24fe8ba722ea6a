package org.sitrep.server.map;

import java.util.Arrays;

/**
 * A set of longs without boxing (open addressing, linear probing): a map view at 100,000 events
 * asks "counted already?" of every matching account, and a {@code HashSet<Long>} made most of that
 * request's garbage.
 */
final class LongSet {
    private static final long EMPTY = Long.MIN_VALUE;

    private long[] slots = newSlots(64);
    private int size;
    private boolean holdsEmpty;

    /** Adds {@code value}; false when it was there already. */
    boolean add(long value) {
        if (value == EMPTY) {
            boolean added = !holdsEmpty;
            holdsEmpty = true;
            return added;
        }
        if (size * 2 >= slots.length) {
            grow();
        }
        if (!insert(slots, value)) {
            return false;
        }
        size++;
        return true;
    }

    private static boolean insert(long[] table, long value) {
        int mask = table.length - 1;
        for (int i = mix(value) & mask; ; i = (i + 1) & mask) {
            if (table[i] == value) {
                return false;
            }
            if (table[i] == EMPTY) {
                table[i] = value;
                return true;
            }
        }
    }

    private void grow() {
        long[] bigger = newSlots(slots.length * 2);
        for (long v : slots) {
            if (v != EMPTY) {
                insert(bigger, v);
            }
        }
        slots = bigger;
    }

    private static long[] newSlots(int n) {
        long[] table = new long[n];
        Arrays.fill(table, EMPTY);
        return table;
    }

    /** Spreads sequential ids over the table (Murmur3's finaliser). */
    private static int mix(long v) {
        v ^= v >>> 33;
        v *= 0xff51afd7ed558ccdL;
        v ^= v >>> 33;
        return (int) v;
    }
}
