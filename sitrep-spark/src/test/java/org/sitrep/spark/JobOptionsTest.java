package org.sitrep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class JobOptionsTest {
    @Test
    void readsEveryOption() {
        JobOptions o = JobOptions.parse("--input", "in/", "--format", "Parquet", "--out", "out", "--jdbc",
                "jdbc:h2:mem:x", "--data", "/data", "--max-record-bytes", "1000", "--master", "local[2]");
        assertEquals(new JobOptions("in/", JobOptions.Format.PARQUET, "out", "jdbc:h2:mem:x", "/data", 1000,
                "local[2]"), o);
    }

    @Test
    void defaultsToJsonLinesWithoutStoreOrMaster() {
        JobOptions o = JobOptions.parse("--input", "corpus.jsonl", "--out", "out");
        assertEquals(JobOptions.Format.JSONL, o.format());
        assertEquals(JobOptions.DEFAULT_MAX_RECORD_BYTES, o.maxRecordBytes());
        assertNull(o.jdbcUrl());
        assertNull(o.master());
    }

    @Test
    void refusesWhatItCannotRun() {
        assertEquals("--input and --out are required",
                assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("--input", "x")).getMessage());
        assertEquals("--format must be jsonl, text or parquet, not 'csv'", assertThrows(IllegalArgumentException.class,
                () -> JobOptions.parse("--input", "x", "--out", "y", "--format", "csv")).getMessage());
        assertEquals("unknown option --in", assertThrows(IllegalArgumentException.class,
                () -> JobOptions.parse("--in", "x")).getMessage());
        assertEquals("--out needs a value", assertThrows(IllegalArgumentException.class,
                () -> JobOptions.parse("--input", "x", "--out")).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> JobOptions.parse("--input", "x", "--out", "y", "--max-record-bytes", "0"));
    }
}
