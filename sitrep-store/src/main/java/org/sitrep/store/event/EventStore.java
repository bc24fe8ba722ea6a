package org.sitrep.store.event;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.json.SitrepJson;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.store.Page;
import org.sitrep.store.PageRequest;
import org.sitrep.store.db.Database;
import org.sitrep.store.db.IdPage;
import org.sitrep.store.db.Keys;
import org.sitrep.store.db.Sql;
import org.sitrep.store.db.UndatedLast;

/**
 * Events as each report tells them. Writes take the caller's connection (they run inside the
 * report's transaction); reads open their own.
 */
public final class EventStore {
    /** Dated events first, oldest first; then by report and text order. */
    public static final String ORDER = " ORDER BY e.event_date ASC NULLS LAST, e.report_id, e.seq";

    private static final String INSERT = "INSERT INTO event (report_id, incident_id, seq, event_date, date_precision,"
            + " month_day, window_start, window_end, event_type, sub_event_type, territorial, actor1_side, actor2_side,"
            + " place_key, place_name, place_name_key, mention_key, place_id, admin1, admin1_key, admin2, admin2_key,"
            + " country, country_key, latitude, longitude, geo_precision, fatalities, prisoners, source, source_key,"
            + " modality, outlet_key, confidence, evidence, evidence_key, event_json,"
            + " stable_key) VALUES (" + Sql.placeholders(38) + ")";
    private static final String INSERT_ACTOR = "INSERT INTO event_actor (event_id, role, name, name_key, side_key,"
            + " parent_key) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String COLUMNS = "e.id, e.report_id, e.seq, e.incident_id, e.source, e.event_json";
    /** Dated events, then undated ones, each part in the order of the date index (event_date, report_id, seq). */
    static final String DATED_PAGE = "SELECT e.id FROM event e WHERE e.event_date IS NOT NULL"
            + " ORDER BY e.event_date, e.report_id, e.seq LIMIT ? OFFSET ?";
    static final String UNDATED_PAGE = "SELECT e.id FROM event e WHERE e.event_date IS NULL"
            + " ORDER BY e.report_id, e.seq LIMIT ? OFFSET ?";
    private static final UndatedLast ALL = new UndatedLast(
            "SELECT COUNT(*) FROM event WHERE event_date IS NOT NULL",
            "SELECT COUNT(*) FROM event WHERE event_date IS NULL", DATED_PAGE, UNDATED_PAGE);

    private final Database db;

    public EventStore(Database db) {
        this.db = db;
    }

    /**
     * Inserts a report's events with their actors, in two batches; part of the caller's transaction.
     *
     * @param incidentIds each event's incident
     * @param jsons       each event's JSON
     * @return the events' ids, in the rows' order
     */
    public long[] insertAll(Connection c, List<EventRow> rows, long[] incidentIds, List<String> jsons)
            throws SQLException {
        List<List<?>> events = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            events.add(rows.get(i).insertParams(incidentIds[i], jsons.get(i)));
        }
        long[] ids = Sql.insertBatch(c, INSERT, events);
        List<List<?>> actors = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Event e = rows.get(i).event();
            addActor(actors, ids[i], "actor1", e.actor1());
            addActor(actors, ids[i], "actor2", e.actor2());
            for (Actor a : e.assocActor1()) {
                addActor(actors, ids[i], "assoc1", a);
            }
            for (Actor a : e.assocActor2()) {
                addActor(actors, ids[i], "assoc2", a);
            }
        }
        Sql.batch(c, INSERT_ACTOR, actors);
        return ids;
    }

    private static void addActor(List<List<?>> actors, long eventId, String role, Actor a) {
        if (a != null) {
            actors.add(java.util.Arrays.asList(eventId, role, a.name(), Keys.of(a.name()), Keys.of(a.side()),
                    Keys.of(a.parent())));
        }
    }

    /** Deletes a report's events; returns the incidents they belonged to (to be recomputed). */
    public List<Long> deleteForReport(Connection c, String reportId) throws SQLException {
        List<Long> incidents = Sql.list(c,
                "SELECT DISTINCT incident_id FROM event WHERE report_id = ? AND incident_id IS NOT NULL",
                List.of(reportId), rs -> rs.getLong(1));
        Sql.update(c, "DELETE FROM event WHERE report_id = ?", List.of(reportId));
        return incidents;
    }

    /**
     * The events matching {@code query}, sorted by date (undated last), then report and text order:
     * the page's ids first (with no filter, in the date index's order), then those events.
     */
    public Page<StoredEvent> find(EventQuery query, PageRequest page) {
        EventFilter f = EventFilter.of(query);
        return db.read(c -> {
            IdPage ids = f.matchesAll() ? ALL.page(c, page)
                    : IdPage.read(c, "SELECT COUNT(*) FROM event e WHERE " + f.where(),
                            "SELECT e.id FROM event e WHERE " + f.where() + ORDER + " LIMIT ? OFFSET ?", f.params(), page);
            return new Page<>(byIds(c, ids.ids()), ids.total(), page.offset(), page.limit());
        });
    }

    /** The events with these ids, in the order given. */
    private static List<StoredEvent> byIds(Connection c, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, StoredEvent> byId = new HashMap<>();
        Sql.list(c, "SELECT " + COLUMNS + " FROM event e WHERE e.id IN (" + Sql.placeholders(ids.size()) + ")", ids,
                EventStore::map).forEach(e -> byId.put(e.id(), e));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    public Optional<StoredEvent> get(long id) {
        return db.read(c -> Sql.first(c, "SELECT " + COLUMNS + " FROM event e WHERE e.id = ?", List.of(id),
                EventStore::map));
    }

    /** A report's events in text order. */
    public List<StoredEvent> forReport(String reportId) {
        return db.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM event e WHERE e.report_id = ? ORDER BY e.seq",
                List.of(reportId), EventStore::map));
    }

    /** How many events of each ACLED event type, most frequent first. */
    public java.util.Map<String, Long> countByType() {
        java.util.Map<String, Long> out = new java.util.LinkedHashMap<>();
        db.read(c -> Sql.list(c, "SELECT event_type, COUNT(*) AS n FROM event GROUP BY event_type"
                + " ORDER BY n DESC, event_type", List.of(), rs -> out.put(rs.getString(1), rs.getLong(2))));
        return out;
    }

    public long count() {
        return db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM event", List.of()));
    }

    static StoredEvent map(ResultSet rs) throws SQLException {
        return new StoredEvent(rs.getLong("id"), rs.getString("report_id"), rs.getInt("seq"),
                rs.getLong("incident_id"), rs.getString("source"), SitrepJson.readEvent(rs.getString("event_json")));
    }
}
