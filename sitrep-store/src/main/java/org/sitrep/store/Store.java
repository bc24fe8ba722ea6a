package org.sitrep.store;

import java.nio.file.Path;
import org.sitrep.store.alert.AlertStore;
import org.sitrep.store.change.ChangeLog;
import org.sitrep.store.control.ControlTimeline;
import org.sitrep.store.db.Database;
import org.sitrep.store.db.H2Cache;
import org.sitrep.store.event.EventStore;
import org.sitrep.store.merge.IncidentStore;
import org.sitrep.store.report.ReportStore;
import org.sitrep.store.review.ReviewStore;
import org.sitrep.store.sources.SourceRegistry;
import org.sitrep.store.sources.SourceStore;
import org.sitrep.store.user.UserStore;
import org.sitrep.store.watch.WatchStore;

/**
 * Sitrep's store, opened once per process and shared by threads: reports, the events each tells,
 * the incidents they merge into, and control of places over time.
 */
public final class Store implements AutoCloseable {
    private final Database db;
    private final ReportStore reports;
    private final EventStore events;
    private final IncidentStore incidents;
    private final ControlTimeline control;
    private final UserStore users;
    private final ReviewStore reviews;
    private final ChangeLog changes;
    private final AlertStore alerts;
    private final SourceStore sources;
    private final WatchStore watch;

    private Store(Database db, SourceRegistry registry) {
        this.db = db;
        this.sources = new SourceStore(db, registry);
        this.reports = new ReportStore(db, sources);
        this.events = new EventStore(db);
        this.incidents = new IncidentStore(db);
        this.control = new ControlTimeline(db);
        this.users = new UserStore(db);
        this.reviews = new ReviewStore(db, sources);
        this.changes = new ChangeLog(db);
        this.alerts = new AlertStore(db);
        this.watch = new WatchStore(db);
    }

    /**
     * The H2 file store under {@code dataDir} (created if missing), with the source registry
     * extended by the directory's {@code sources-registry.tsv} when there is one.
     */
    public static Store openDataDir(Path dataDir) {
        return openDataDir(dataDir, H2Cache.STORING);
    }

    /** As {@link #openDataDir(Path)}, with H2's page cache sized for what this process does. */
    public static Store openDataDir(Path dataDir, H2Cache cache) {
        SourceRegistry registry = SourceRegistry.load(dataDir, null);
        return new Store(Database.openDataDir(dataDir, cache), registry);
    }

    /** The store at a JDBC URL ({@code jdbc:h2:...} or {@code jdbc:postgresql://...}). */
    public static Store open(String jdbcUrl) {
        return new Store(Database.open(jdbcUrl), SourceRegistry.bundled());
    }

    /** {@code jdbcUrl} when given, else the H2 file store under {@code dataDir}. */
    public static Store open(String jdbcUrl, Path dataDir) {
        return open(jdbcUrl, dataDir, H2Cache.STORING);
    }

    /**
     * As {@link #open(String, Path)}, with H2's page cache sized for what this process does (an H2
     * URL that sets {@code CACHE_SIZE} keeps its own).
     */
    public static Store open(String jdbcUrl, Path dataDir, H2Cache cache) {
        if (jdbcUrl != null && !jdbcUrl.isBlank()) {
            return open(cache.appliedTo(jdbcUrl));
        }
        return openDataDir(dataDir, cache);
    }

    public ReportStore reports() {
        return reports;
    }

    public EventStore events() {
        return events;
    }

    public IncidentStore incidents() {
        return incidents;
    }

    public ControlTimeline control() {
        return control;
    }

    public UserStore users() {
        return users;
    }

    public ReviewStore reviews() {
        return reviews;
    }

    /** The sequence of changes to events and control, for following the store live. */
    public ChangeLog changes() {
        return changes;
    }

    /** Watch lists and the alerts they sent. */
    public AlertStore alerts() {
        return alerts;
    }

    /** Sources and their reliability. */
    public SourceStore sources() {
        return sources;
    }

    /** What watching outlets remembers: each source's polls and the items seen. */
    public WatchStore watch() {
        return watch;
    }

    public Database database() {
        return db;
    }

    /** Compacts the H2 file store (see {@link Database#compactAndClose()}); the store is closed after. */
    public Database.Compaction compactAndClose() {
        return db.compactAndClose();
    }

    @Override
    public void close() {
        db.close();
    }
}
