package org.sitrep.spark;

import java.io.Serializable;
import java.util.Locale;

/**
 * What the Spark job is asked to do, from its command line:
 * {@code --input PATH --format jsonl|text|parquet --out DIR [--jdbc URL] [--data DIR]
 * [--max-record-bytes N] [--master URL]}.
 *
 * @param input          a file, a directory or a glob Spark can read (local, HDFS, S3 ...)
 * @param out            where events.parquet, events.jsonl and rejects.jsonl are written
 * @param jdbcUrl        the store to append reports and events to, or null
 * @param dataDir        a data directory (imported gazetteer, actor files) every executor can read, or null
 * @param maxRecordBytes a corpus line or file larger than this is rejected, not extracted
 * @param master         Spark master for a run outside spark-submit (local[2]), or null
 */
public record JobOptions(String input, Format format, String out, String jdbcUrl, String dataDir,
        long maxRecordBytes, String master) implements Serializable {
    public static final long DEFAULT_MAX_RECORD_BYTES = 8L * 1024 * 1024;

    /** How the input is laid out. */
    public enum Format {
        /** JSON Lines, one report per line, as {@code sitrep read} and {@code extract} read them. */
        JSONL,
        /** Files of web text, markdown or HTML (and JSONL corpora), one report per file. */
        TEXT,
        /** Parquet with {@code id}, {@code date} and {@code text} columns (title, source, url, ... optional). */
        PARQUET
    }

    public static final String USAGE = "usage: SparkExtractJob --input PATH --format jsonl|text|parquet --out DIR"
            + " [--jdbc URL] [--data DIR] [--max-record-bytes N] [--master URL]";

    /** The options of {@code args}; throws IllegalArgumentException naming what is wrong. */
    public static JobOptions parse(String... args) {
        String input = null;
        String format = null;
        String out = null;
        String jdbc = null;
        String data = null;
        String master = null;
        long max = DEFAULT_MAX_RECORD_BYTES;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            String value = args[++i];
            switch (name) {
                case "--input" -> input = value;
                case "--format" -> format = value;
                case "--out" -> out = value;
                case "--jdbc" -> jdbc = value;
                case "--data" -> data = value;
                case "--master" -> master = value;
                case "--max-record-bytes" -> max = parseBytes(value);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (input == null || out == null) {
            throw new IllegalArgumentException("--input and --out are required");
        }
        return new JobOptions(input, format == null ? Format.JSONL : parseFormat(format), out, jdbc, data, max,
                master);
    }

    private static Format parseFormat(String value) {
        try {
            return Format.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--format must be jsonl, text or parquet, not '" + value + "'");
        }
    }

    private static long parseBytes(String value) {
        try {
            long n = Long.parseLong(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--max-record-bytes must be a positive number, not '" + value + "'");
    }
}
