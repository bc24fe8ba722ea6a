package org.sitrep.server.live;

import java.time.Duration;

/**
 * How the live stream runs.
 *
 * @param poll       how often the store's change sequence is read (it sees other processes' ingests too)
 * @param heartbeat  how often an idle stream gets a comment line, so proxies and Jetty's idle timeout
 *                   (30 s) keep it open
 * @param maxClients streams open at once; one more is refused with 503
 * @param kept       the latest messages kept in memory for clients that fall behind or resume; older
 *                   ones are read again from the store
 */
public record LiveOptions(Duration poll, Duration heartbeat, int maxClients, int kept) {
    public static final LiveOptions DEFAULTS = new LiveOptions(Duration.ofMillis(500), Duration.ofSeconds(15), 1000,
            4096);

    public LiveOptions {
        if (poll.isNegative() || poll.isZero() || heartbeat.isNegative() || heartbeat.isZero()) {
            throw new IllegalArgumentException("poll and heartbeat must be positive");
        }
        if (maxClients < 1 || kept < 1) {
            throw new IllegalArgumentException("maxClients and kept must be positive");
        }
    }

    public LiveOptions withHeartbeat(Duration every) {
        return new LiveOptions(poll, every, maxClients, kept);
    }

    public LiveOptions withMaxClients(int max) {
        return new LiveOptions(poll, heartbeat, max, kept);
    }

    public LiveOptions withKept(int n) {
        return new LiveOptions(poll, heartbeat, maxClients, n);
    }
}
