package org.sitrep.ingest;

import java.util.Locale;

/**
 * How large a document this process can read and extract as one piece. A document is held whole
 * while it is read (its text, each character's source offset, its lines and paragraphs) and
 * extracted (tokens, sentences, candidate events), at about {@value #HEAP_PER_BYTE} bytes of heap per
 * byte of input in the worst case (one paragraph of Latin-script text); a larger one is refused with
 * a one-line reason rather than ending the whole run with an OutOfMemoryError.
 */
public final class MemoryLimits {
    /** Heap per input byte, from reading to extracted events (measured on single-paragraph text). */
    static final long HEAP_PER_BYTE = 120;

    private MemoryLimits() {
    }

    /**
     * The largest document (in bytes, or characters of a corpus line) this JVM's heap reads whole,
     * beside what it already holds (the gazetteer and dictionaries).
     */
    public static long maxDocumentBytes() {
        Runtime rt = Runtime.getRuntime();
        long held = rt.totalMemory() - rt.freeMemory();
        return Math.max(0, rt.maxMemory() - held) / HEAP_PER_BYTE;
    }

    /** The one line that says a document of this size is too large, and what to do. */
    public static String tooLarge(long bytes) {
        return String.format(Locale.ROOT, "too large to read as one document (%,d bytes; with this run's memory, "
                + "-Xmx%dm, documents up to %,d bytes are read): split it, or give more memory with "
                + "SITREP_JAVA_OPTS=-Xmx...", bytes, Runtime.getRuntime().maxMemory() >> 20, maxDocumentBytes());
    }
}
