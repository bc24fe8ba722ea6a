package org.sitrep.server;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sitrep.store.db.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings what the server derives from the whole store (the event index behind lists and map views,
 * the control timelines and maps, the areas asked for lately) up to date as soon as the change feed
 * reports an ingest, on a thread of its own: the first request after an ingest then finds them ready
 * instead of paying for them. Notices arriving while it works make one more pass, not one each.
 */
public final class StorePrecompute implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StorePrecompute.class);

    private final Database db;
    private final List<Runnable> steps;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sitrep-precompute");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });

    /** @param steps each brings one derived answer up to date (asking for it is enough) */
    public StorePrecompute(Database db, List<Runnable> steps) {
        this.db = db;
        this.steps = List.copyOf(steps);
    }

    /** The store changed: brings everything up to date soon (at most one pass waits). */
    public void storeChanged() {
        if (pending.compareAndSet(false, true)) {
            worker.execute(this::run);
        }
    }

    private void run() {
        pending.set(false);
        // another process's ingest: read the store's stamp now, not when the cached reading expires
        StoreStamp.forget(db);
        for (Runnable step : steps) {
            try {
                step.run();
            } catch (RuntimeException e) {
                // the request that asks next computes it and reports the failure
                LOG.warn("precomputing after an ingest failed: {}", e.toString());
            }
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
