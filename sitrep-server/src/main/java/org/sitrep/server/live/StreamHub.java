package org.sitrep.server.live;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.sitrep.store.change.Change;

/**
 * The open streams. A client is only a cursor (the last sequence number it was sent) and a flag:
 * what it has not been sent yet is read from the feed's shared messages, so a slow client costs
 * no memory while it falls behind, and a few writer threads serve every client (a client blocked
 * on a full socket holds one writer until Jetty's idle timeout drops it).
 */
final class StreamHub implements ChangeListener, AutoCloseable {
    private static final int WRITERS = 4;
    /** Messages written to a client at once. */
    private static final int CHUNK = 100;

    private final ChangeFeed feed;
    private final LiveOptions options;
    private final Set<Client> clients = ConcurrentHashMap.newKeySet();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService writers = Executors.newFixedThreadPool(WRITERS, r -> {
        Thread t = new Thread(r, "sitrep-stream-" + threads.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sitrep-stream-heartbeat");
        t.setDaemon(true);
        return t;
    });

    private static final class Client {
        final SseConnection connection;
        volatile long cursor;
        volatile boolean heartbeatDue;
        final AtomicBoolean scheduled = new AtomicBoolean();

        Client(SseConnection connection, long cursor) {
            this.connection = connection;
            this.cursor = cursor;
        }
    }

    StreamHub(ChangeFeed feed, LiveOptions options) {
        this.feed = feed;
        this.options = options;
    }

    void start() {
        long every = options.heartbeat().toMillis();
        heartbeats.scheduleWithFixedDelay(this::heartbeat, every, every, TimeUnit.MILLISECONDS);
    }

    /** Takes one more client, unless as many as allowed are open already. */
    boolean tryReserve() {
        if (open.incrementAndGet() > options.maxClients()) {
            open.decrementAndGet();
            return false;
        }
        return true;
    }

    void release() {
        open.decrementAndGet();
    }

    /** Starts sending a reserved client every message after {@code cursor}. */
    void add(SseConnection connection, long cursor) {
        Client c = new Client(connection, cursor);
        clients.add(c);
        schedule(c);
    }

    int clients() {
        return clients.size();
    }

    @Override
    public void onChanges(List<Change> changes) {
        clients.forEach(this::schedule);
    }

    private void heartbeat() {
        for (Client c : clients) {
            c.heartbeatDue = true;
            schedule(c);
        }
    }

    private void schedule(Client c) {
        if (c.scheduled.compareAndSet(false, true)) {
            writers.execute(() -> drain(c));
        }
    }

    /** Writes what the client has not been sent, then a heartbeat when one is due. */
    private void drain(Client c) {
        try {
            while (true) {
                List<StreamMessage> next = feed.after(c.cursor, CHUNK);
                if (next.isEmpty()) {
                    break;
                }
                StringBuilder frames = new StringBuilder();
                next.forEach(m -> frames.append(m.frame()));
                c.connection.write(frames.toString());
                c.cursor = next.get(next.size() - 1).seq();
            }
            if (c.heartbeatDue) {
                c.heartbeatDue = false;
                c.connection.write(": heartbeat\n\n");
            }
        } catch (IOException | RuntimeException e) {
            drop(c);
            return;
        } finally {
            c.scheduled.set(false);
        }
        // a change or heartbeat that came while this ran found it scheduled: look again
        if (feed.head() > c.cursor || c.heartbeatDue) {
            schedule(c);
        }
    }

    private void drop(Client c) {
        if (clients.remove(c)) {
            c.connection.close();
            release();
        }
    }

    @Override
    public void close() {
        heartbeats.shutdownNow();
        clients.forEach(this::drop);
        writers.shutdownNow();
    }
}
