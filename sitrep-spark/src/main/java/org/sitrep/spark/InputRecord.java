package org.sitrep.spark;

import java.io.Serializable;

/**
 * One unit of the corpus as Spark hands it to a task: a JSON Lines corpus line (or a Parquet row
 * turned into one), or a whole file of text or HTML. Bytes, not text, so that an encoding error is
 * found, and reported, where the record is read.
 *
 * @param source    the file it comes from (orders the output, as {@code sitrep extract} does)
 * @param line      the line number in that file from 1, or 0 for a whole file
 * @param defaultId the report id when a corpus line has none ("stem-line", as in {@code sitrep extract})
 * @param bytes     the line or the file
 */
record InputRecord(Kind kind, String source, long line, String defaultId, byte[] bytes) implements Serializable {
    enum Kind {
        CORPUS_LINE,
        FILE
    }

    /** How the record is named in rejects and messages: "path:line" or "path". */
    String name() {
        return kind == Kind.CORPUS_LINE ? source + ":" + line : source;
    }

    /** A file name's stem, as {@code sitrep extract} makes report ids from file names. */
    static String stem(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
