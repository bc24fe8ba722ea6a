package org.sitrep.server.api;

import java.io.ByteArrayInputStream;
import java.util.zip.Deflater;

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
            // the default level: made once
            g = GzipBytes.of(new ByteArrayInputStream(plain), Deflater.DEFAULT_COMPRESSION, plain.length / 3);
            gzipped = g;
        }
        return g;
    }
}
