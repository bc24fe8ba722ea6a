package org.sitrep.server.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.sitrep.store.Store;
import org.sitrep.store.alert.Delivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends alerts from the server: woken by the live stream when changes come in (and every tick for
 * retries), it matches new events against the watch lists, then posts what is due, retrying a
 * failed post with exponential backoff until it is delivered or given up.
 */
public final class AlertDispatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AlertDispatcher.class);
    private static final int DUE_BATCH = 50;

    private final Store store;
    private final AlertMatcher matcher;
    private final WebhookSender sender;
    private final AlertOptions options;
    private final AtomicBoolean woken = new AtomicBoolean(true);
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sitrep-alerts");
        t.setDaemon(true);
        return t;
    });

    public AlertDispatcher(Store store, Supplier<String> baseUrl, AlertOptions options) {
        this.store = store;
        this.matcher = new AlertMatcher(store, baseUrl);
        this.sender = new WebhookSender(options.timeout());
        this.options = options;
    }

    public void start() {
        long every = options.tick().toMillis();
        worker.scheduleWithFixedDelay(this::runQuietly, 0, every, TimeUnit.MILLISECONDS);
    }

    /** New changes came in: match them at the next turn (at once when idle). */
    public void wake() {
        woken.set(true);
        worker.execute(this::runQuietly);
    }

    private void runQuietly() {
        try {
            if (woken.getAndSet(false)) {
                matcher.matchNew();
            }
            sendDue();
        } catch (RuntimeException e) {
            LOG.warn("alerts: {}", e.getMessage());
            woken.set(true);
        }
    }

    private void sendDue() {
        Instant now = Instant.now();
        for (Delivery d : store.alerts().due(now, DUE_BATCH)) {
            // the lease outlasts one attempt: another process sending alerts leaves this one alone
            if (!store.alerts().lease(d.id(), now, now.plus(options.timeout().multipliedBy(3)))) {
                continue;
            }
            int attempts = d.attempts() + 1;
            Optional<String> error = sender.post(d.webhook(), d.payload());
            if (error.isEmpty()) {
                store.alerts().delivered(d.id(), attempts);
            } else {
                Duration wait = options.backoff(attempts);
                Instant next = attempts >= options.maxAttempts() ? null : Instant.now().plus(wait);
                store.alerts().attemptFailed(d.id(), attempts, error.get(), next);
                LOG.info("alert {} to {}: {}{}", d.id(), d.webhook(), error.get(),
                        next == null ? "; given up after " + attempts + " attempts" : "; again in " + wait);
            }
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
