package org.sitrep.cli.watch;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.sitrep.extract.Extractor;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.ingest.ReportReader;
import org.sitrep.ingest.watch.PoliteFetcher;
import org.sitrep.store.Store;
import org.sitrep.store.watch.Source;
import org.sitrep.store.watch.SourceList;
import org.sitrep.store.watch.SourceState;

/**
 * Polls every source of the list at its interval, on a few worker threads, until closed. The list
 * is reread as the user edits it; each source's next poll comes from its state in the store (so a
 * restarted watcher keeps the backoff). One source's failure is recorded and never stops the others.
 */
public final class Watcher implements AutoCloseable {
    private static final long TICK_MILLIS = 200;

    private final Store store;
    private final SourceList list;
    private final Supplier<? extends Extractor> extractor;
    private final ReadOptions readOptions;
    private final PoliteFetcher fetcher;
    private final PrintWriter log;
    private final ExecutorService workers;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final Map<String, Instant> due = new ConcurrentHashMap<>();
    private final AtomicInteger polls = new AtomicInteger();
    private volatile boolean running;
    private Thread scheduler;
    private String listProblem;

    public Watcher(Store store, SourceList list, Supplier<? extends Extractor> extractor, ReadOptions readOptions,
            PoliteFetcher.Settings fetching, int threads, PrintWriter log) {
        this.store = store;
        this.list = list;
        this.extractor = extractor;
        this.readOptions = readOptions;
        this.fetcher = new PoliteFetcher(fetching);
        this.log = log;
        this.workers = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "sitrep-watch");
            t.setDaemon(true);
            return t;
        });
    }

    public synchronized Watcher start() {
        running = true;
        scheduler = new Thread(this::schedule, "sitrep-watch-scheduler");
        scheduler.setDaemon(true);
        scheduler.start();
        return this;
    }

    /** Polls done since the start, for benchmarks and tests. */
    public int polls() {
        return polls.get();
    }

    /**
     * Polls these sources once each, now, on the workers, and returns when all are done: for a
     * benchmark, without the scheduler.
     */
    public void pollNow(List<Source> sources) throws InterruptedException {
        Extractor loaded = extractor.get();
        ReportReader reader = new ReportReader(readOptions);
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(sources.size());
        for (Source s : sources) {
            inFlight.add(s.url());
            workers.execute(() -> {
                try {
                    pollOnce(s, loaded, reader);
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
    }

    private void schedule() {
        Extractor loaded = extractor.get();
        ReportReader reader = new ReportReader(readOptions);
        while (running) {
            for (Source source : sources()) {
                Instant next = due.computeIfAbsent(source.url(), u -> {
                    Instant stored = store.watch().state(u).nextDue();
                    return stored == null ? Instant.EPOCH : stored;
                });
                if (!next.isAfter(Instant.now()) && inFlight.add(source.url())) {
                    workers.execute(() -> pollOnce(source, loaded, reader));
                }
            }
            try {
                Thread.sleep(TICK_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private List<Source> sources() {
        try {
            List<Source> sources = list.read();
            listProblem = null;
            return sources;
        } catch (RuntimeException e) {
            if (!e.getMessage().equals(listProblem)) {
                listProblem = e.getMessage();
                log("sitrep: watch: " + e.getMessage() + " (watching nothing until it is fixed)");
            }
            return List.of();
        }
    }

    private void pollOnce(Source source, Extractor loaded, ReportReader reader) {
        try {
            SourcePoll.Result r = new SourcePoll(store, loaded, reader, fetcher, log).poll(source);
            SourceState s = r.state();
            due.put(source.url(), s.nextDue());
            if (s.failures() > 0) {
                log("sitrep: watch: " + source.url() + ": " + s.lastError() + " (failed " + s.failures()
                        + (s.failures() == 1 ? " time" : " times") + " in a row; next try at " + s.nextDue() + ")");
            } else if (s.newItems() > 0 || r.itemErrors() > 0) {
                log("sitrep: watch: " + source.name() + ": " + s.newItems() + " new or corrected reports, "
                        + r.summary().events() + " events" + (s.lastError() == null ? "" : "; " + s.lastError()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // an unexpected failure (the store gone, a bug) is this source's error, not the watcher's end
            log("sitrep: watch: " + source.url() + ": " + e);
            due.put(source.url(), Backoff.nextDue(Instant.now(), source.every(), 1));
        } finally {
            polls.incrementAndGet();
            inFlight.remove(source.url());
        }
    }

    private void log(String line) {
        synchronized (log) {
            log.println(line);
            log.flush();
        }
    }

    @Override
    public synchronized void close() {
        running = false;
        if (scheduler != null) {
            scheduler.interrupt();
        }
        workers.shutdownNow();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
            if (scheduler != null) {
                scheduler.join(10_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
