package org.sitrep.server;

import java.sql.Timestamp;
import java.util.List;
import org.sitrep.store.db.Database;
import org.sitrep.store.db.Sql;

/**
 * A cheap fingerprint of the store's content: it changes whenever a report is stored or replaced
 * (by this server or by an {@code ingest} in another process), so answers derived from the whole
 * store can be cached until it does. Each part is an index or table-count look-up.
 */
public record StoreStamp(long reports, Timestamp lastIngest, long lastEvent) {
    public static StoreStamp read(Database db) {
        return db.read(c -> Sql.first(c, "SELECT (SELECT COUNT(*) FROM report), (SELECT MAX(ingested_at) FROM report),"
                + " (SELECT MAX(id) FROM event)", List.of(),
                rs -> new StoreStamp(rs.getLong(1), rs.getTimestamp(2), rs.getLong(3))).orElseThrow());
    }
}
