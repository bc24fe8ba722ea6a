package org.sitrep.gazetteer;

import java.util.Arrays;

/**
 * Name key → place numbers, in flat arrays (open addressing, postings as linked lists in int
 * arrays): hundreds of thousands of keys load in well under a second and take little memory.
 * Not thread-safe while adding; read-only use after loading is safe.
 */
final class KeyPostings {

    private static final int[] NONE = new int[0];

    private String[] keys;
    private int[] head;        // slot → first posting, -1 when empty
    private int[] next;        // posting → next posting of the same key, -1 at the end
    private int[] places;      // posting → place number
    private int postings;
    private int size;

    KeyPostings(int expectedKeys) {
        int capacity = Integer.highestOneBit(Math.max(16, expectedKeys * 2) - 1) << 1;
        keys = new String[capacity];
        head = new int[capacity];
        Arrays.fill(head, -1);
        next = new int[Math.max(16, expectedKeys)];
        places = new int[next.length];
    }

    void add(String key, int place) {
        if (size * 2 >= keys.length) {
            rehash();
        }
        int slot = slot(key);
        if (keys[slot] == null) {
            keys[slot] = key;
            size++;
        } else {
            // the same place listed twice under one key (name and alternate): once is enough
            for (int p = head[slot]; p >= 0; p = next[p]) {
                if (places[p] == place) {
                    return;
                }
            }
        }
        if (postings == next.length) {
            next = Arrays.copyOf(next, next.length * 2);
            places = Arrays.copyOf(places, places.length * 2);
        }
        places[postings] = place;
        next[postings] = head[slot];
        head[slot] = postings++;
    }

    /** The places filed under a key, most recently added first; empty when none. */
    int[] get(String key) {
        if (key == null || key.isEmpty()) {
            return NONE;
        }
        int slot = slot(key);
        if (keys[slot] == null) {
            return NONE;
        }
        int n = 0;
        for (int p = head[slot]; p >= 0; p = next[p]) {
            n++;
        }
        int[] out = new int[n];
        int i = 0;
        for (int p = head[slot]; p >= 0; p = next[p]) {
            out[i++] = places[p];
        }
        return out;
    }

    int size() {
        return size;
    }

    private int slot(String key) {
        int mask = keys.length - 1;
        int h = key.hashCode();
        int slot = (h ^ (h >>> 16)) & mask;
        while (keys[slot] != null && !keys[slot].equals(key)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void rehash() {
        String[] oldKeys = keys;
        int[] oldHead = head;
        keys = new String[oldKeys.length * 2];
        head = new int[keys.length];
        Arrays.fill(head, -1);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                head[slot] = oldHead[i];
            }
        }
    }
}
