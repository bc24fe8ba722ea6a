package org.sitrep.gazetteer.build;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Finds one file in an (uncompressed) tar stream: enough of the ustar format for npm tarballs. */
final class TarEntries {

    private static final int BLOCK = 512;

    private TarEntries() {
    }

    /** The content of the entry named {@code wanted}, as a stream bounded to its size. */
    static InputStream open(InputStream tar, String wanted) throws IOException {
        byte[] header = new byte[BLOCK];
        while (true) {
            if (tar.readNBytes(header, 0, BLOCK) < BLOCK || header[0] == 0) {
                throw new IOException("no entry " + wanted + " in the tarball");
            }
            String name = field(header, 0, 100);
            String prefix = field(header, 345, 155);
            String full = prefix.isEmpty() ? name : prefix + "/" + name;
            long size = Long.parseLong(field(header, 124, 12).trim().isEmpty() ? "0" : field(header, 124, 12).trim(), 8);
            if (full.equals(wanted)) {
                return new Bounded(tar, size);
            }
            long padded = (size + BLOCK - 1) / BLOCK * BLOCK;
            tar.skipNBytes(padded);
        }
    }

    private static String field(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.US_ASCII);
    }

    /** Reads at most {@code remaining} bytes of the underlying stream. */
    private static final class Bounded extends FilterInputStream {
        private long remaining;

        Bounded(InputStream in, long size) {
            super(in);
            this.remaining = size;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, remaining));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }

        @Override
        public void close() {
            // the tar stream is closed by its owner
        }
    }
}
