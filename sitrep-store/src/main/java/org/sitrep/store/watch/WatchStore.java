package org.sitrep.store.watch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.store.db.Database;
import org.sitrep.store.db.Sql;

/**
 * What watching remembers between polls and processes: each source's state, and the items each
 * source listed (so an item seen unchanged is not fetched again, and one whose content was stored
 * under another address is not stored twice).
 */
public final class WatchStore {
    private static final int MAX_ERROR = 1000;
    private final Database db;

    public WatchStore(Database db) {
        this.db = db;
    }

    public SourceState state(String url) {
        return db.read(c -> Sql.first(c, "SELECT * FROM watch_source WHERE url = ?", List.of(url), WatchStore::map))
                .orElse(SourceState.never(url));
    }

    /** Each source of the list with its state (a source never polled has an empty one). */
    public List<SourceStatus> statuses(List<Source> sources) {
        Map<String, SourceState> states = new HashMap<>();
        db.read(c -> Sql.list(c, "SELECT * FROM watch_source", List.of(), WatchStore::map))
                .forEach(s -> states.put(s.url(), s));
        List<SourceStatus> out = new ArrayList<>();
        for (Source s : sources) {
            out.add(new SourceStatus(s, states.getOrDefault(s.url(), SourceState.never(s.url()))));
        }
        return out;
    }

    public void save(SourceState s) {
        String error = s.lastError() == null || s.lastError().length() <= MAX_ERROR ? s.lastError()
                : s.lastError().substring(0, MAX_ERROR);
        List<Object> values = new ArrayList<>();
        values.add(ts(s.lastFetch()));
        values.add(ts(s.lastSuccess()));
        values.add(s.httpStatus());
        values.add(s.newItems());
        values.add(s.totalItems());
        values.add(error);
        values.add(s.failures());
        values.add(ts(s.nextDue()));
        values.add(clip(s.etag(), 1000));
        values.add(clip(s.lastModified(), 200));
        values.add(s.url());
        db.write(c -> {
            int n = Sql.update(c, "UPDATE watch_source SET last_fetch = ?, last_success = ?, http_status = ?, "
                    + "new_items = ?, total_items = ?, last_error = ?, failures = ?, next_due = ?, etag = ?, "
                    + "last_modified = ? WHERE url = ?", values);
            if (n == 0) {
                Sql.update(c, "INSERT INTO watch_source (last_fetch, last_success, http_status, new_items, total_items, "
                        + "last_error, failures, next_due, etag, last_modified, url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        + "?, ?)", values);
            }
            return n;
        });
    }

    /** Forgets a removed source's state and items. */
    public void forget(String url) {
        db.write(c -> Sql.update(c, "DELETE FROM watch_item WHERE source_url = ?", List.of(url))
                + Sql.update(c, "DELETE FROM watch_source WHERE url = ?", List.of(url)));
    }

    /** The fingerprint this source's item had when last seen. */
    public Optional<String> fingerprint(String sourceUrl, String itemUrl) {
        return db.read(c -> Sql.first(c, "SELECT fingerprint FROM watch_item WHERE source_url = ? AND item_url = ?",
                List.of(sourceUrl, itemUrl), rs -> rs.getString(1)));
    }

    /** The address under which this source's item with this content was first seen, if any. */
    public Optional<String> itemWithContent(String sourceUrl, String contentHash) {
        return db.read(c -> Sql.first(c, "SELECT item_url FROM watch_item WHERE source_url = ? AND content_hash = ?",
                List.of(sourceUrl, contentHash), rs -> rs.getString(1)));
    }

    /** Records an item as seen with this fingerprint and content (null content: not read). */
    public void seen(String sourceUrl, String itemUrl, String fingerprint, String contentHash) {
        List<Object> values = java.util.Arrays.asList(fingerprint, contentHash, Timestamp.from(Instant.now()), sourceUrl,
                itemUrl);
        db.write(c -> {
            int n = Sql.update(c, "UPDATE watch_item SET fingerprint = ?, content_hash = ?, seen_at = ? "
                    + "WHERE source_url = ? AND item_url = ?", values);
            if (n == 0) {
                Sql.update(c, "INSERT INTO watch_item (fingerprint, content_hash, seen_at, source_url, item_url) "
                        + "VALUES (?, ?, ?, ?, ?)", values);
            }
            return n;
        });
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : null;
    }

    private static SourceState map(ResultSet rs) throws SQLException {
        return new SourceState(rs.getString("url"), instant(rs, "last_fetch"), instant(rs, "last_success"),
                Sql.getInteger(rs, "http_status"), rs.getInt("new_items"), rs.getLong("total_items"),
                rs.getString("last_error"), rs.getInt("failures"), instant(rs, "next_due"), rs.getString("etag"),
                rs.getString("last_modified"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
