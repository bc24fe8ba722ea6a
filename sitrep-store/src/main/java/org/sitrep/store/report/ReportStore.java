package org.sitrep.store.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.json.SitrepJson;
import org.sitrep.model.Event;
import org.sitrep.model.Report;
import org.sitrep.store.Page;
import org.sitrep.store.PageRequest;
import org.sitrep.store.db.Database;
import org.sitrep.store.db.Sql;
import org.sitrep.store.event.EventRow;
import org.sitrep.store.event.EventStore;
import org.sitrep.store.event.StableKeys;
import org.sitrep.store.merge.EventMerger;
import org.sitrep.store.merge.KeptCandidates;
import org.sitrep.store.sources.SourceStore;

/**
 * Stores reports with their events, one transaction per report: the store never holds half a
 * report. The same content stored twice under one id is stored once; under another id it is a
 * relay (a republication), stored and linked to the first; a corrected version of a report (same
 * id, other content) replaces its events and the incidents they joined are recomputed. Metadata
 * is made fit for its columns first ({@link StorableReport}), so nothing is lost to an SQL error.
 */
public final class ReportStore {
    private static final String COLUMNS = "id, title, author, outlet, published, source, source_published, narrator,"
            + " url, tags_json, content_hash, event_count, revision, ingested_at, relay_of";
    private static final String ORDER = " ORDER BY COALESCE(source_published, published) ASC NULLS LAST, id";

    /** The extractor of the bundled rules, named in the history of every event it read. */
    public static final String RULES_EXTRACTOR = "sitrep rules 0.1.0";

    private final Database db;
    private final EventStore events;
    private final SourceStore sources;
    private volatile String extractorVersion = RULES_EXTRACTOR;
    /** Merging's candidate incidents, kept between the reports this store is given. */
    private final KeptCandidates candidates = new KeptCandidates();

    /** @param sources told, in each report's transaction, which incidents the report changed */
    public ReportStore(Database db, SourceStore sources) {
        this.db = db;
        this.events = new EventStore(db);
        this.sources = sources;
    }

    /** Names the extractor whose events this store is given from now on (e.g. a learned model's version). */
    public void extractorVersion(String version) {
        this.extractorVersion = version == null || version.isBlank() ? RULES_EXTRACTOR : version.strip();
    }

    /**
     * Stores a report and the events {@code extract} reads from it. Extraction runs only when the
     * content is new, and outside the write transaction (it is the slow part). If extraction or
     * storing throws, nothing of this report is changed.
     *
     * @throws RefusedReportException for a report the store cannot key (its message is one line)
     */
    public IngestResult ingest(Report report, Function<Report, ? extends List<Event>> extract) {
        StorableReport storable = StorableReport.of(report);
        Report clean = storable.report();
        String hash = ContentHash.of(clean);
        Optional<IngestResult> same = db.read(c -> unchanged(c, clean.id(), hash, version(c, clean.id())));
        if (same.isPresent()) {
            return same.get();
        }
        List<? extends Event> extracted = extract.apply(clean);
        return store(clean, hash, extracted == null ? List.of() : extracted).withWarnings(storable.warnings());
    }

    /**
     * Whether this very content is stored under the report's id (storing it would change nothing):
     * a batch that extracts ahead on other threads skips such reports.
     */
    public boolean holds(Report report) {
        StorableReport storable;
        try {
            storable = StorableReport.of(report);
        } catch (RefusedReportException e) {
            return false;
        }
        String hash = ContentHash.of(storable.report());
        return db.read(c -> version(c, storable.report().id())).filter(v -> v.hash().equals(hash)).isPresent();
    }

    /**
     * Stores a report with events already read. (The write transaction checks for the same content
     * itself: a check before it would cost a read per report for nothing.)
     */
    public IngestResult store(Report report, List<? extends Event> reportEvents) {
        StorableReport storable = StorableReport.of(report);
        return store(storable.report(), ContentHash.of(storable.report()), reportEvents)
                .withWarnings(storable.warnings());
    }

    /** What the store holds under a report's id. */
    private record Version(String hash, int events, int revision) {
    }

    private IngestResult store(Report report, String hash, List<? extends Event> reportEvents) {
        KeptCandidates.Written[] written = new KeptCandidates.Written[1];
        IngestResult result = db.write(c -> {
            Optional<Version> stored = version(c, report.id());
            // the same content may have been stored since a check outside this transaction
            Optional<IngestResult> same = unchanged(c, report.id(), hash, stored);
            if (same.isPresent()) {
                return same.get();
            }
            Optional<Integer> revision = stored.map(Version::revision);
            Optional<Relayed> relayed = stored.isPresent() ? Optional.empty() : relayed(c, hash);
            List<Long> previousIncidents = List.of();
            if (revision.isPresent()) {
                previousIncidents = events.deleteForReport(c, report.id());
                Sql.update(c, "DELETE FROM report WHERE id = ?", List.of(report.id()));
            }
            List<EventRow> rows = new ArrayList<>(reportEvents.size());
            List<String> jsons = new ArrayList<>(reportEvents.size());
            String corroborator = relayed.map(Relayed::narrator).orElse(report.narrator());
            List<String> keys = StableKeys.of(report.id(), reportEvents);
            for (Event event : reportEvents) {
                EventRow row = EventRow.of(event, report, rows.size(), corroborator, keys.get(rows.size()));
                rows.add(row);
                jsons.add(row.json());
            }
            insertReport(c, report, hash, revision.map(r -> r + 1).orElse(1), rows.size(),
                    relayed.map(Relayed::id).orElse(null), extractorVersion);
            // a replaced report's transaction deleted events already: its candidates are read, not kept
            EventMerger merger = new EventMerger(c, extractorVersion, revision.isPresent() ? null : candidates);
            merger.reload(previousIncidents);
            long[] incidents = merger.merge(rows, jsons);
            long[] eventIds = events.insertAll(c, rows, incidents, jsons);
            if (revision.isEmpty()) {
                written[0] = merger.written(eventIds);
            }
            java.util.Set<Long> touched = new java.util.LinkedHashSet<>(previousIncidents);
            java.util.Arrays.stream(incidents).forEach(touched::add);
            sources.update(c, touched, merger.claims());
            IngestOutcome outcome = revision.isPresent() ? IngestOutcome.REPLACED
                    : relayed.isPresent() ? IngestOutcome.RELAY : IngestOutcome.NEW;
            return new IngestResult(report.id(), outcome, rows.size(), relayed.map(Relayed::id).orElse(null));
        });
        if (written[0] != null) {
            candidates.committed(written[0]); // committed: the next report merges into what this one wrote
        }
        return result;
    }

    private static Optional<Version> version(Connection c, String id) throws SQLException {
        return Sql.first(c, "SELECT content_hash, event_count, revision FROM report WHERE id = ?", List.of(id),
                rs -> new Version(rs.getString(1), rs.getInt(2), rs.getInt(3)));
    }

    /** The answer for content already stored under this id. */
    private static Optional<IngestResult> unchanged(Connection c, String id, String hash, Optional<Version> stored) {
        return stored.filter(v -> hash.equals(v.hash()))
                .map(v -> new IngestResult(id, IngestOutcome.UNCHANGED, v.events(), null));
    }

    /** The report first stored with this content under another id, and whose word its text is. */
    private record Relayed(String id, String narrator) {
    }

    private static Optional<Relayed> relayed(Connection c, String hash) throws SQLException {
        return Sql.first(c, "SELECT id, narrator FROM report WHERE content_hash = ? AND relay_of IS NULL ORDER BY id",
                List.of(hash), rs -> new Relayed(rs.getString(1), rs.getString(2)));
    }

    private static void insertReport(Connection c, Report r, String hash, int revision, int eventCount,
            String relayOf, String extractorVersion) throws SQLException {
        Sql.update(c, "INSERT INTO report (id, content_hash, title, author, outlet, published, source,"
                + " source_published, narrator, url, tags_json, body, event_count, revision, ingested_at, relay_of,"
                + " extractor_version) VALUES (" + Sql.placeholders(17) + ")",
                Arrays.asList(r.id(), hash, r.title(), r.author(), r.outlet(), r.published(), r.source(),
                        r.sourcePublished(), r.narrator(), r.url(), json(r.tags()), r.body(), eventCount, revision,
                        Timestamp.from(Instant.now()), relayOf, extractorVersion));
    }

    public Optional<StoredReport> find(String id) {
        return db.read(c -> Sql.first(c, "SELECT " + COLUMNS + " FROM report WHERE id = ?", List.of(id),
                ReportStore::map));
    }

    /** The stored body of a report, as read (not normalised). */
    public Optional<String> body(String id) {
        return db.read(c -> Sql.first(c, "SELECT body FROM report WHERE id = ?", List.of(id),
                rs -> rs.getString(1)));
    }

    /** Reports sorted by their reference date (undated last), then id. */
    public Page<StoredReport> list(PageRequest page) {
        return db.read(c -> {
            long total = Sql.count(c, "SELECT COUNT(*) FROM report", List.of());
            List<StoredReport> items = Sql.list(c, "SELECT " + COLUMNS + " FROM report" + ORDER
                    + " LIMIT ? OFFSET ?", List.of(page.limit(), page.offset()), ReportStore::map);
            return new Page<>(items, total, page.offset(), page.limit());
        });
    }

    public long count() {
        return db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM report", List.of()));
    }

    private static StoredReport map(ResultSet rs) throws SQLException {
        Timestamp at = rs.getTimestamp("ingested_at");
        return new StoredReport(rs.getString("id"), rs.getString("title"), rs.getString("author"),
                rs.getString("outlet"), Sql.getDate(rs, "published"), rs.getString("source"),
                Sql.getDate(rs, "source_published"), rs.getString("narrator"), rs.getString("url"),
                tags(rs.getString("tags_json")), rs.getString("content_hash"), rs.getInt("event_count"),
                rs.getInt("revision"), at == null ? null : at.toInstant(), rs.getString("relay_of"));
    }

    private static String json(List<String> tags) {
        try {
            return SitrepJson.mapper().writeValueAsString(tags);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write tags", e);
        }
    }

    private static List<String> tags(String json) {
        try {
            return json == null ? List.of()
                    : new ArrayList<>(SitrepJson.mapper().readValue(json, new TypeReference<List<String>>() { }));
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }
}
