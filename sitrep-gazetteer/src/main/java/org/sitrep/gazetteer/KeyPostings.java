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
        resize(keyStart.length * 2);
    }

    private void resize(int capacity) {
        int[] oldStart = keyStart;
        int[] oldLength = keyLength;
        int[] oldHead = head;
        allocateSlots(capacity);
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

    /**
     * Writes the table with its slots as they are, rehashed first into the fewest slots that keep
     * it half empty: loading then reads the arrays whole, with no hashing and no loop over keys.
     */
    void write(DataOutputStream out) throws IOException {
        int capacity = 16;
        while (size * 2 >= capacity) {
            capacity *= 2;
        }
        if (capacity != keyStart.length) {
            resize(capacity);
        }
        out.writeInt(keyStart.length);
        out.writeInt(size);
        out.writeInt(postings);
        out.writeInt(blobLength);
        out.write(blob, 0, blobLength);
        ints(out, keyStart, keyStart.length);
        ints(out, keyLength, keyLength.length);
        ints(out, head, head.length);
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
        BulkRead bulk = new BulkRead(in);
        t.keyStart = new int[capacity];
        t.keyLength = new int[capacity];
        t.head = new int[capacity];
        bulk.ints(t.keyStart, capacity);
        bulk.ints(t.keyLength, capacity);
        bulk.ints(t.head, capacity);
        int room = Math.max(16, postings + postings / 8);
        t.next = new int[room];
        t.places = new int[room];
        bulk.ints(t.next, postings);
        bulk.ints(t.places, postings);
        t.size = size;
        t.postings = postings;
        return t;
    }

    private static void ints(DataOutputStream out, int[] values, int n) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(n * 4);
        buf.asIntBuffer().put(values, 0, n);
        out.write(buf.array());
    }
}
