package org.sitrep.server.live;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.sitrep.store.change.Change;
import org.sitrep.store.change.ChangeLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the store's change sequence: one thread reads what came after the last change it saw
 * (an ingest in this process or another), renders it once for every stream client, and tells the
 * listeners (the stream, the alerts).
 */
public final class ChangeFeed implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);
    /** Changes read from the store at once. */
    static final int BATCH = 500;

    private final ChangeLog log;
    private final ChangeRenderer renderer;
    private final LiveOptions options;
    private final RecentMessages recent;
    private final List<ChangeListener> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sitrep-change-feed");
        t.setDaemon(true);
        return t;
    });
    private volatile long seen;

    ChangeFeed(ChangeLog log, ChangeRenderer renderer, LiveOptions options) {
        this.log = log;
        this.renderer = renderer;
        this.options = options;
        this.seen = log.head();
        this.recent = new RecentMessages(options.kept(), seen);
    }

    void listen(ChangeListener listener) {
        listeners.add(listener);
    }

    void start() {
        long every = options.poll().toMillis();
        poller.scheduleWithFixedDelay(this::pollQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    /** The last change read: a client that connects now and asks for nothing older starts after it. */
    long head() {
        return recent.head();
    }

    /** The messages after {@code seq}: from memory while kept, else rendered again from the store. */
    List<StreamMessage> after(long seq, int limit) {
        Optional<List<StreamMessage>> kept = recent.after(seq, limit);
        if (kept.isPresent()) {
            return kept.get();
        }
        long upTo = recent.head();
        List<Change> older = log.since(seq, limit).stream().filter(c -> c.seq() <= upTo).toList();
        return renderer.render(older);
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException e) {
            if (poller.isShutdown() || shuttingDown()) {
                return; // the store closed with the feed or the JVM (H2 closes at exit): nothing is lost
            }
            // a store that is briefly unavailable (another process taking over the H2 file): next time
            LOG.warn("reading the change sequence failed: {}", e.getMessage());
        }
    }

    /** Whether the JVM is exiting: it then refuses a new shutdown hook (hooks run in no set order). */
    private static boolean shuttingDown() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    /** Reads every change after the last one seen and tells the listeners (one batch at a time). */
    void poll() {
        while (true) {
            List<Change> changes = log.since(seen, BATCH);
            if (changes.isEmpty()) {
                return;
            }
            recent.add(renderer.render(changes));
            seen = changes.get(changes.size() - 1).seq();
            for (ChangeListener l : listeners) {
                try {
                    l.onChanges(changes);
                } catch (RuntimeException e) {
                    LOG.warn("a change listener failed", e);
                }
            }
            if (changes.size() < BATCH) {
                return;
            }
        }
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
