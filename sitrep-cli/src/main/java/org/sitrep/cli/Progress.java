package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress count and rate on stderr, redrawn in place, for long batches on a terminal
 * only: nothing is written when output goes to a file or a pipe, or before the batch has run a while.
 * When the total is known it shows it, the share done and the time left at the rate so far.
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
    private long total;

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

    /** The number of steps the batch will take, about (0: unknown). */
    void expect(long steps) {
        total = steps;
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
        err.print("\r" + line(what, rate) + "   ");
        err.flush();
        drawn = true;
    }

    private String line(String what, double rate) {
        if (total <= 0 || count > total) {
            return String.format(Locale.ROOT, "%,d %s, %.1f/s", count, what, rate);
        }
        long secondsLeft = Math.round((total - count) / rate);
        return String.format(Locale.ROOT, "%,d of %,d %s (%d%%), %.1f/s, %s left", count, total, what,
                count * 100 / total, rate, duration(secondsLeft));
    }

    /** "45 s", "12 min 5 s", "2 h 3 min". */
    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
    }

    /** Clears the line before the summary is printed. */
    void done() {
        if (drawn) {
            err.print("\r" + " ".repeat(90) + "\r");
            err.flush();
        }
    }
}
