package org.sitrep.gazetteer;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
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

    /** Writes the table as it is (occupied slots only), so that loading needs no hashing. */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(keys.length);
        out.writeInt(size);
        out.writeInt(postings);
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != null) {
                out.writeInt(slot);
                out.writeInt(head[slot]);
                out.writeUTF(keys[slot]);
            }
        }
        ints(out, next, postings);
        ints(out, places, postings);
    }

    /** Reads a table written by {@link #write}. */
    static KeyPostings read(DataInputStream in) throws IOException {
        int capacity = in.readInt();
        int size = in.readInt();
        int postings = in.readInt();
        KeyPostings t = new KeyPostings(1);
        t.keys = new String[capacity];
        t.head = new int[capacity];
        Arrays.fill(t.head, -1);
        for (int i = 0; i < size; i++) {
            int slot = in.readInt();
            t.head[slot] = in.readInt();
            t.keys[slot] = in.readUTF();
        }
        int room = Math.max(16, postings + postings / 4);
        t.next = ints(in, postings, room);
        t.places = ints(in, postings, room);
        t.size = size;
        t.postings = postings;
        return t;
    }

    private static void ints(DataOutputStream out, int[] values, int n) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(n * 4);
        buf.asIntBuffer().put(values, 0, n);
        out.write(buf.array());
    }

    private static int[] ints(DataInputStream in, int n, int room) throws IOException {
        byte[] bytes = new byte[n * 4];
        in.readFully(bytes);
        int[] out = new int[room];
        ByteBuffer.wrap(bytes).asIntBuffer().get(out, 0, n);
        return out;
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
