package org.sitrep.gazetteer;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Name key → place numbers, in flat arrays: the keys as UTF-8 in one byte array, open addressing
 * over slots, postings as linked lists in int arrays. A million keys are a handful of arrays, not
 * a million objects, so the built-in table loads in a few bulk reads and costs the garbage
 * collector nothing. Not thread-safe while adding; read-only use after loading is safe.
 */
final class KeyPostings {

    private static final int[] NONE = new int[0];

    private byte[] blob;       // all keys, UTF-8, back to back
    private int blobLength;
    private int[] keyStart;    // slot → offset of its key in blob, -1 when empty
    private int[] keyLength;   // slot → length of its key
    private int[] head;        // slot → first posting, -1 at the end
    private int[] next;        // posting → next posting of the same key, -1 at the end
    private int[] places;      // posting → place number
    private int postings;
    private int size;

    KeyPostings(int expectedKeys) {
        int capacity = Integer.highestOneBit(Math.max(16, expectedKeys * 2) - 1) << 1;
        allocateSlots(capacity);
        blob = new byte[Math.max(64, expectedKeys * 8)];
        next = new int[Math.max(16, expectedKeys)];
        places = new int[next.length];
    }

    private void allocateSlots(int capacity) {
        keyStart = new int[capacity];
        keyLength = new int[capacity];
        head = new int[capacity];
        Arrays.fill(keyStart, -1);
        Arrays.fill(head, -1);
    }

    void add(String key, int place) {
        if (size * 2 >= keyStart.length) {
            rehash();
        }
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        int slot = slot(k);
        if (keyStart[slot] < 0) {
            if (blobLength + k.length > blob.length) {
                blob = Arrays.copyOf(blob, Math.max(blob.length * 2, blobLength + k.length));
            }
            System.arraycopy(k, 0, blob, blobLength, k.length);
            keyStart[slot] = blobLength;
            keyLength[slot] = k.length;
            blobLength += k.length;
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
        int slot = slot(key.getBytes(StandardCharsets.UTF_8));
        if (keyStart[slot] < 0) {
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

    private static int hash(byte[] bytes, int from, int length) {
        int h = 0x811C9DC5;
        for (int i = from; i < from + length; i++) {
            h = (h ^ bytes[i]) * 0x01000193;
        }
        return h ^ (h >>> 16);
    }

    private int slot(byte[] k) {
        int mask = keyStart.length - 1;
        int slot = hash(k, 0, k.length) & mask;
        while (keyStart[slot] >= 0 && !Arrays.equals(blob, keyStart[slot], keyStart[slot] + keyLength[slot], k, 0, k.length)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void rehash() {
        int[] oldStart = keyStart;
        int[] oldLength = keyLength;
        int[] oldHead = head;
        allocateSlots(oldStart.length * 2);
        int mask = keyStart.length - 1;
        for (int i = 0; i < oldStart.length; i++) {
            if (oldStart[i] >= 0) {
                int slot = hash(blob, oldStart[i], oldLength[i]) & mask;
                while (keyStart[slot] >= 0) {
                    slot = (slot + 1) & mask;
                }
                keyStart[slot] = oldStart[i];
                keyLength[slot] = oldLength[i];
                head[slot] = oldHead[i];
            }
        }
    }

    /** Writes the table as it is (occupied slots only), so that loading needs no hashing. */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(keyStart.length);
        out.writeInt(size);
        out.writeInt(postings);
        out.writeInt(blobLength);
        out.write(blob, 0, blobLength);
        int[] slots = new int[size];
        int[] starts = new int[size];
        int[] lengths = new int[size];
        int[] heads = new int[size];
        int i = 0;
        for (int slot = 0; slot < keyStart.length; slot++) {
            if (keyStart[slot] >= 0) {
                slots[i] = slot;
                starts[i] = keyStart[slot];
                lengths[i] = keyLength[slot];
                heads[i++] = head[slot];
            }
        }
        ints(out, slots, size);
        ints(out, starts, size);
        ints(out, lengths, size);
        ints(out, heads, size);
        ints(out, next, postings);
        ints(out, places, postings);
    }

    /** Reads a table written by {@link #write}. */
    static KeyPostings read(DataInputStream in) throws IOException {
        int capacity = in.readInt();
        int size = in.readInt();
        int postings = in.readInt();
        int blobLength = in.readInt();
        KeyPostings t = new KeyPostings(1);
        t.blob = new byte[blobLength + blobLength / 8 + 64];
        in.readFully(t.blob, 0, blobLength);
        t.blobLength = blobLength;
        t.allocateSlots(capacity);
        int[] slots = ints(in, size, size);
        int[] starts = ints(in, size, size);
        int[] lengths = ints(in, size, size);
        int[] heads = ints(in, size, size);
        for (int i = 0; i < size; i++) {
            t.keyStart[slots[i]] = starts[i];
            t.keyLength[slots[i]] = lengths[i];
            t.head[slots[i]] = heads[i];
        }
        int room = Math.max(16, postings + postings / 8);
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
}
