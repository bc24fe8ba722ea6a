package org.sitrep.cli.watch;

import java.time.Duration;
import java.time.Instant;

/**
 * When a source is due again: one interval after a success; after failures in a row, the interval
 * doubled for each (2, 4, 8 ... times), never more than a day and never less than the interval.
 */
final class Backoff {
    static final Duration MAX = Duration.ofDays(1);

    private Backoff() {
    }

    static Instant nextDue(Instant now, Duration every, int failures) {
        if (failures <= 0) {
            return now.plus(every);
        }
        long factor = 1L << Math.min(failures, 16);
        Duration wait = every.multipliedBy(factor);
        return now.plus(wait.compareTo(MAX) > 0 ? (every.compareTo(MAX) > 0 ? every : MAX) : wait);
    }
}
