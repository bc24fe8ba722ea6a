package org.sitrep.cli;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.sitrep.extract.Extractor;
import org.sitrep.ingest.MemoryLimits;
import org.sitrep.ingest.ReadResult;
import org.sitrep.model.Event;

/**
 * Extracts reports on several threads and hands the outcomes back in input order, so a batch uses
 * every core and its output is the same as one thread's. Reading stays on the calling thread; at
 * most a few reports per thread are in flight, so memory does not grow with the corpus.
 */
final class ParallelExtraction implements AutoCloseable {
    /** Reports in flight per thread: enough to keep every thread busy while the head is awaited. */
    private static final int WINDOW_PER_THREAD = 8;

    /** What one input gave: a read failure, an extraction failure, or its events. */
    record Outcome(ReadResult read, List<Event> events, RuntimeException failure) {
        boolean ok() {
            return read.ok() && failure == null;
        }
    }

    private final Extractor extractor;
    private final int threads;
    private final ExecutorService pool;

    ParallelExtraction(Extractor extractor, int threads) {
        this.extractor = extractor;
        this.threads = Math.max(1, threads);
        this.pool = this.threads == 1 ? null : Executors.newFixedThreadPool(this.threads, r -> {
            Thread t = new Thread(r, "sitrep-extract");
            t.setDaemon(true);
            return t;
        });
    }

    /** Extracts every result that was read and passes each outcome to {@code inOrder}, in input order. */
    void run(Stream<ReadResult> results, Consumer<Outcome> inOrder) {
        if (pool == null) {
            results.forEach(r -> inOrder.accept(extract(r)));
            return;
        }
        ArrayDeque<Future<Outcome>> inFlight = new ArrayDeque<>();
        int window = threads * WINDOW_PER_THREAD;
        results.forEach(r -> {
            inFlight.add(r.ok() ? pool.submit(() -> extract(r)) : CompletableFuture.completedFuture(extract(r)));
            while (inFlight.size() >= window) {
                inOrder.accept(await(inFlight.poll()));
            }
        });
        while (!inFlight.isEmpty()) {
            inOrder.accept(await(inFlight.poll()));
        }
    }

    private Outcome extract(ReadResult r) {
        if (!r.ok()) {
            return new Outcome(r, List.of(), null);
        }
        try {
            return new Outcome(r, extractor.extract(r.report()), null);
        } catch (RuntimeException e) {
            return new Outcome(r, List.of(), e);
        } catch (OutOfMemoryError e) {
            // the report's own data is garbage once this frame is gone: the batch goes on without it
            return new Outcome(r, List.of(), new IllegalStateException(
                    MemoryLimits.tooLarge(r.report().body().length())));
        }
    }

    private static Outcome await(Future<Outcome> next) {
        try {
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting", e);
        } catch (ExecutionException e) {
            // extract() catches runtime exceptions, so only an Error gets here
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
