package org.sitrep.store;

import java.nio.file.Path;
import org.sitrep.store.control.ControlTimeline;
import org.sitrep.store.db.Database;
import org.sitrep.store.event.EventStore;
import org.sitrep.store.merge.IncidentStore;
import org.sitrep.store.report.ReportStore;
import org.sitrep.store.review.ReviewStore;
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
    private final WatchStore watch;

    private Store(Database db) {
        this.db = db;
        this.reports = new ReportStore(db);
        this.events = new EventStore(db);
        this.incidents = new IncidentStore(db);
        this.control = new ControlTimeline(db);
        this.users = new UserStore(db);
        this.reviews = new ReviewStore(db);
        this.watch = new WatchStore(db);
    }

    /** The H2 file store under {@code dataDir} (created if missing). */
    public static Store openDataDir(Path dataDir) {
        return new Store(Database.openDataDir(dataDir));
    }

    /** The store at a JDBC URL ({@code jdbc:h2:...} or {@code jdbc:postgresql://...}). */
    public static Store open(String jdbcUrl) {
        return new Store(Database.open(jdbcUrl));
    }

    /** {@code jdbcUrl} when given, else the H2 file store under {@code dataDir}. */
    public static Store open(String jdbcUrl, Path dataDir) {
        return jdbcUrl != null && !jdbcUrl.isBlank() ? open(jdbcUrl) : openDataDir(dataDir);
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
