package org.sitrep.server.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A JSON document kept as the parts it was spliced from and sent as a stream of them: a large
 * answer then never needs one large array, which the JVM's collector handles worst (a megabyte
 * array is "humongous" to G1 and sets off a collection).
 */
record JsonParts(List<byte[]> parts) {
    private static final byte[] COMMA = {','};

    /**
     * A document with {@code items} spliced into an empty JSON array of {@code document}: {@code at}
     * is where the array's closing bracket is.
     */
    static JsonParts spliced(byte[] document, int at, List<byte[]> items) {
        List<byte[]> parts = new ArrayList<>(items.size() * 2 + 2);
        parts.add(Arrays.copyOfRange(document, 0, at));
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                parts.add(COMMA);
            }
            parts.add(items.get(i));
        }
        parts.add(Arrays.copyOfRange(document, at, document.length));
        return new JsonParts(parts);
    }

    /**
     * The document as a stream whose reads fill the caller's buffer across parts (the server decides
     * whether to compress from the first read, which must not be a few bytes of a part).
     */
    InputStream stream() {
        return new InputStream() {
            private int part;
            private int at;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = 0;
                while (n < len && part < parts.size()) {
                    byte[] p = parts.get(part);
                    int take = Math.min(len - n, p.length - at);
                    System.arraycopy(p, at, b, off + n, take);
                    n += take;
                    at += take;
                    if (at == p.length) {
                        part++;
                        at = 0;
                    }
                }
                return n == 0 && len > 0 ? -1 : n;
            }
        };
    }

    /** The whole document in one array (for tests and small answers). */
    byte[] bytes() {
        try (InputStream in = stream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
