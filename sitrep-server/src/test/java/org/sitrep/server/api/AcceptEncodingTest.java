package org.sitrep.server.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Accept-Encoding as browsers, libraries and careful clients write it. */
class AcceptEncodingTest {
    @Test
    void gzipNamedAmongOthersIsTaken() {
        assertTrue(AcceptEncoding.takesGzip("gzip"));
        assertTrue(AcceptEncoding.takesGzip("gzip, deflate, br, zstd")); // Chromium
        assertTrue(AcceptEncoding.takesGzip("deflate , GZIP ;q=0.5"));
        assertTrue(AcceptEncoding.takesGzip("x-gzip"));
    }

    @Test
    void gzipWeightedZeroOrNotNamedIsNot() {
        assertFalse(AcceptEncoding.takesGzip(null));
        assertFalse(AcceptEncoding.takesGzip(""));
        assertFalse(AcceptEncoding.takesGzip("identity"));
        assertFalse(AcceptEncoding.takesGzip("br, deflate"));
        assertFalse(AcceptEncoding.takesGzip("gzip;q=0"));
        assertFalse(AcceptEncoding.takesGzip("gzip; q=0.0, identity"));
        assertFalse(AcceptEncoding.takesGzip("gzip;q=zero"));
    }

    @Test
    void anyEncodingCoversGzipUnlessGzipIsNamed() {
        assertTrue(AcceptEncoding.takesGzip("*"));
        assertTrue(AcceptEncoding.takesGzip("br, *;q=0.1"));
        assertFalse(AcceptEncoding.takesGzip("*;q=0"));
        assertFalse(AcceptEncoding.takesGzip("*, gzip;q=0"));
        assertTrue(AcceptEncoding.takesGzip("*;q=0, gzip"));
    }
}
