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

    /** Issue 18: the progress line had no total, share or time left. */
    @Test
    void aKnownTotalShowsTheShareDoneAndTheTimeLeft() {
        Progress p = new Progress(new PrintWriter(err, true), true, () -> now[0]);
        p.expect(120);
        steps(p, 30, 100_000_000L); // 30 of 120 reports in 3 s: 10/s, 9 s to go
        assertTrue(err.toString().contains("\r30 of 120 reports (25%), 10.0/s, 9 s left"), err.toString());
        assertEquals("12 min 5 s", Progress.duration(725));
        assertEquals("2 h 3 min", Progress.duration(7380));
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
