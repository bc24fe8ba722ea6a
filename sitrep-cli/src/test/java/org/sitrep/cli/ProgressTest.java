package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private final long[] now = {0};
    private final StringWriter err = new StringWriter();

    private void steps(Progress p, int n, long nanosEach) {
        for (int i = 0; i < n; i++) {
            now[0] += nanosEach;
            p.step("reports");
        }
    }

    @Test
    void aLongBatchOnATerminalShowsCountAndRateThenClearsTheLine() {
        Progress p = new Progress(new PrintWriter(err, true), true, () -> now[0]);
        steps(p, 30, 100_000_000L); // 30 reports in 3 s
        assertTrue(err.toString().contains("\r30 reports, 10.0/s"), err.toString());
        p.done();
        assertTrue(err.toString().endsWith("\r"), "the line is cleared before the summary");
    }

    @Test
    void aShortBatchOrAPipeShowsNothing() {
        Progress shortBatch = new Progress(new PrintWriter(err, true), true, () -> now[0]);
        steps(shortBatch, 10, 100_000_000L); // 1 s
        shortBatch.done();
        Progress piped = new Progress(new PrintWriter(err, true), false, () -> now[0]);
        steps(piped, 100, 100_000_000L);
        piped.done();
        assertEquals("", err.toString());
    }
}
