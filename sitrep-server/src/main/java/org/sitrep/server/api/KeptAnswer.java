package org.sitrep.server.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/**
 * An answer kept in memory and sent many times: its bytes, and the same compressed once for the
 * clients that ask for gzip (browsers do), rather than compressed again for every request (the
 * areas of control of a day are 380 KB: 6 ms of CPU each time).
 */
public final class KeptAnswer {
    private final byte[] plain;
    private volatile byte[] gzipped;

    public KeptAnswer(byte[] plain) {
        this.plain = plain;
    }

    public byte[] plain() {
        return plain;
    }

    /** The bytes in gzip, made when first asked for (two threads may make them once each: the same bytes). */
    public byte[] gzipped() {
        byte[] g = gzipped;
        if (g == null) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 3 + 64);
            try (GZIPOutputStream zip = new GZIPOutputStream(out)) { // the default level: made once
                zip.write(plain);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            g = out.toByteArray();
            gzipped = g;
        }
        return g;
    }
}
