package org.sitrep.server;

import java.sql.Timestamp;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.sitrep.store.db.Database;
import org.sitrep.store.db.Sql;

/**
 * A cheap fingerprint of the store's content: it changes whenever a report is stored or replaced
 * (by this server or by an {@code ingest} in another process), so answers derived from the whole
 * store can be cached until it does; a review (a new entry in the history) changes it too. Each
 * part is one index look-up: storing a report, or replacing one (the only way one is removed),
 * writes its row with a new {@code ingested_at}. (A count of the reports was part of it, but H2
 * counts a table's rows by reading them while any transaction is open: at a million events that
 * read every report's body once a second, a quarter of the API's time.)
 */
public record StoreStamp(Timestamp lastIngest, long lastEvent, long lastRevision) {
    /**
     * How long a stamp read from the database is taken as current: every request asks, and at
     * 100,000 events the three look-ups cost more than the answer. Writes through this process are
     * seen at once ({@link Database#commits()}); another process's ingest within this time.
     */
    static final long FRESH_NANOS = 1_000_000_000L;

    private record Reading(long commits, long at, StoreStamp stamp) {
    }

    private static final Map<Database, Reading> LAST = Collections.synchronizedMap(new WeakHashMap<>());
    /** The stores whose stamp a thread is reading again because it grew old (not after a write). */
    private static final Set<Database> REFRESHING = ConcurrentHashMap.newKeySet();

    /**
     * The store's stamp, as read from the database at most {@link #FRESH_NANOS} ago. When it grew
     * old, one thread reads it again while the others keep the last one (under load, every request
     * would read it at once otherwise); after a write through this process, every caller reads it.
     */
    public static StoreStamp read(Database db) {
        long commits = db.commits();
        long now = System.nanoTime();
        Reading last = LAST.get(db);
        boolean unchanged = last != null && last.commits() == commits;
        if (unchanged && now - last.at() < FRESH_NANOS) {
            return last.stamp();
        }
        if (unchanged && !REFRESHING.add(db)) {
            return last.stamp();
        }
        try {
            StoreStamp stamp = readNow(db);
            LAST.put(db, new Reading(commits, now, stamp));
            return stamp;
        } finally {
            if (unchanged) {
                REFRESHING.remove(db);
            }
        }
    }

    /** Forgets the last reading: the next {@link #read} asks the database (told of another process's write). */
    public static void forget(Database db) {
        LAST.remove(db);
    }

    private static StoreStamp readNow(Database db) {
        return db.read(c -> Sql.first(c, "SELECT (SELECT MAX(ingested_at) FROM report), (SELECT MAX(id) FROM event),"
                + " (SELECT MAX(id) FROM revision)", List.of(),
                rs -> new StoreStamp(rs.getTimestamp(1), rs.getLong(2), rs.getLong(3))).orElseThrow());
    }
}
