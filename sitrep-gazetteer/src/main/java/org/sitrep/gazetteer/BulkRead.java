package org.sitrep.gazetteer;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Fills primitive arrays from a stream (big-endian, as {@link java.io.DataOutputStream} writes
 * them) through one 64 KB buffer: the built-in gazetteer's columns and key tables are megabytes
 * each, and a byte copy of each as large (then converted) doubled the memory start-up touches.
 */
final class BulkRead {
    private final DataInputStream in;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16);

    BulkRead(DataInputStream in) {
        this.in = in;
    }

    /** Reads {@code n} ints into {@code into[0..n)}. */
    void ints(int[] into, int n) throws IOException {
        read(n, Integer.BYTES, (b, offset, count) -> b.asIntBuffer().get(into, offset, count));
    }

    void longs(long[] into) throws IOException {
        read(into.length, Long.BYTES, (b, offset, count) -> b.asLongBuffer().get(into, offset, count));
    }

    void doubles(double[] into) throws IOException {
        read(into.length, Double.BYTES, (b, offset, count) -> b.asDoubleBuffer().get(into, offset, count));
    }

    void chars(char[] into) throws IOException {
        read(into.length, Character.BYTES, (b, offset, count) -> b.asCharBuffer().get(into, offset, count));
    }

    /** Copies {@code count} values from the buffer into an array at {@code offset}. */
    private interface Copy {
        void from(ByteBuffer buffer, int offset, int count);
    }

    private void read(int n, int size, Copy copy) throws IOException {
        for (int done = 0; done < n; ) {
            int count = Math.min(n - done, buffer.capacity() / size);
            in.readFully(buffer.array(), 0, count * size);
            buffer.clear();
            copy.from(buffer, done, count);
            done += count;
        }
    }
}
