package org.sitrep.ingest.watch;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** At most one request to a host per interval, whichever source or item asks: outlets are not hammered. */
final class HostPacing {
    private final long gapMillis;
    private final Map<String, Long> nextAllowed = new HashMap<>();

    HostPacing(Duration gap) {
        this.gapMillis = gap.toMillis();
    }

    /** Waits until this host may be asked again, and books the slot. */
    void await(String host) throws InterruptedException {
        long wait;
        synchronized (this) {
            long now = System.currentTimeMillis();
            long slot = Math.max(now, nextAllowed.getOrDefault(host, 0L));
            nextAllowed.put(host, slot + gapMillis);
            wait = slot - now;
        }
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }
}
