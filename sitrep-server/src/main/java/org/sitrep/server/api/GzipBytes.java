package org.sitrep.server.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/** A body compressed into memory once, to be sent many times as it is. */
final class GzipBytes {
    private GzipBytes() {
    }

    /** {@code body} in gzip at {@code level} (1, fastest, to 9). */
    static byte[] of(InputStream body, int level, int expectedSize) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, expectedSize));
        try (OutputStream zip = new LeveledGzip(out, level); body) {
            body.transferTo(zip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static final class LeveledGzip extends GZIPOutputStream {
        LeveledGzip(OutputStream out, int level) throws IOException {
            super(out, 64 * 1024);
            def.setLevel(level);
        }
    }
}
