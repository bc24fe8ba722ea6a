package org.sitrep.server.alert;

import java.time.Duration;

/**
 * How alerts are sent.
 *
 * @param firstRetry  the wait after a first failed attempt; it doubles after each (exponential backoff)
 * @param maxRetry    the longest wait between attempts
 * @param maxAttempts attempts before an alert is given up (its status becomes failed)
 * @param timeout     how long one POST may take
 * @param tick        how often due retries are looked for
 */
public record AlertOptions(Duration firstRetry, Duration maxRetry, int maxAttempts, Duration timeout, Duration tick) {
    public static final AlertOptions DEFAULTS = new AlertOptions(Duration.ofSeconds(5), Duration.ofMinutes(30), 12,
            Duration.ofSeconds(10), Duration.ofSeconds(1));

    public AlertOptions {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be positive, not " + maxAttempts);
        }
    }

    /** The wait after {@code attempts} failed attempts. */
    Duration backoff(int attempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempts && wait.compareTo(maxRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetry) < 0 ? wait : maxRetry;
    }

    public AlertOptions withFirstRetry(Duration wait) {
        return new AlertOptions(wait, maxRetry, maxAttempts, timeout, tick);
    }
}
