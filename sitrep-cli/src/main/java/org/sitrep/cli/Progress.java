package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress count and rate on stderr, redrawn in place, for long batches on a terminal
 * only: nothing is written when output goes to a file or a pipe, or before the batch has run a while.
 */
final class Progress {
    private static final long FIRST_AFTER_NANOS = 2_000_000_000L;
    private static final long EVERY_NANOS = 500_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final java.util.function.LongSupplier clock;
    private final long start;
    private long lastDrawn;
    private boolean drawn;
    private int count;

    Progress(PrintWriter err, boolean enabled) {
        this(err, enabled, System::nanoTime);
    }

    /** With a given nanosecond clock, for tests. */
    Progress(PrintWriter err, boolean enabled, java.util.function.LongSupplier clock) {
        this.err = err;
        this.enabled = enabled;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    /** Progress for this process's terminal, if it has one. */
    static Progress onTerminal(PrintWriter err) {
        return new Progress(err, System.console() != null);
    }

    void step(String what) {
        count++;
        if (!enabled) {
            return;
        }
        long now = clock.getAsLong();
        if (now - start < FIRST_AFTER_NANOS || now - lastDrawn < EVERY_NANOS) {
            return;
        }
        lastDrawn = now;
        double rate = count / ((now - start) / 1e9);
        err.print(String.format(Locale.ROOT, "\r%,d %s, %.1f/s   ", count, what, rate));
        err.flush();
        drawn = true;
    }

    /** Clears the line before the summary is printed. */
    void done() {
        if (drawn) {
            err.print("\r" + " ".repeat(60) + "\r");
            err.flush();
        }
    }
}
