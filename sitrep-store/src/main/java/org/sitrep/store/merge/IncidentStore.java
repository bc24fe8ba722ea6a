package org.sitrep.store.merge;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.json.SitrepJson;
import org.sitrep.model.Event;
import org.sitrep.store.Page;
import org.sitrep.store.PageRequest;
import org.sitrep.store.db.Database;
import org.sitrep.store.db.IdPage;
import org.sitrep.store.db.Sql;
import org.sitrep.store.db.UndatedLast;
import org.sitrep.store.event.DateWindow;
import org.sitrep.store.event.EventFilter;
import org.sitrep.store.event.EventQuery;

/** Merged events (incidents) with every source's claim: what the map and the API show. */
public final class IncidentStore {
    private static final String COLUMNS = "i.id, i.event_type, i.sub_event_type, i.event_date, i.date_precision,"
            + " i.window_start, i.window_end, i.place_key, i.fatalities_low, i.fatalities_high, i.corroboration,"
            + " i.summary_json";

    /** A page of the dated incidents, in the date index's order. */
    static final String DATED_PAGE = "SELECT id FROM incident WHERE event_date IS NOT NULL ORDER BY event_date, id"
            + " LIMIT ? OFFSET ?";
    static final String UNDATED_PAGE = "SELECT id FROM incident WHERE event_date IS NULL ORDER BY id LIMIT ? OFFSET ?";
    private static final UndatedLast ALL = new UndatedLast(
            "SELECT COUNT(*) FROM incident WHERE event_date IS NOT NULL",
            "SELECT COUNT(*) FROM incident WHERE event_date IS NULL", DATED_PAGE, UNDATED_PAGE);

    private final Database db;

    public IncidentStore(Database db) {
        this.db = db;
    }

    /**
     * The incidents with at least one claim matching {@code query} (each with all its claims),
     * sorted by date (undated last), then id.
     *
     * <p>Three steps, each reading only what it needs: the page's incident ids (for every incident,
     * in the date index's order; else from the events that match), then those incidents, then their
     * claims. (Reading whole incident rows to sort them, and testing every incident for a matching
     * event, made each page cost as much as the whole store: seconds at 100,000 events.)
     */
    public Page<Incident> find(EventQuery query, PageRequest page) {
        EventFilter f = EventFilter.of(query);
        return db.read(c -> {
            // with a filter: the incidents of the events that match
            IdPage ids = f.matchesAll() ? ALL.page(c, page)
                    : IdPage.read(c, "SELECT COUNT(DISTINCT e.incident_id) FROM event e WHERE " + f.where(),
                            "SELECT i.id FROM incident i WHERE i.id IN (SELECT e.incident_id FROM event e WHERE "
                                    + f.where() + ") ORDER BY i.event_date ASC NULLS LAST, i.id LIMIT ? OFFSET ?",
                            f.params(), page);
            return new Page<>(byIds(c, ids.ids()), ids.total(), page.offset(), page.limit());
        });
    }

    public Optional<Incident> get(long id) {
        return db.read(c -> byIds(c, List.of(id)).stream().findFirst());
    }

    /**
     * The incidents with these ids, each with all its claims, in the order given (ids not found are
     * left out): one read for a page of incidents chosen elsewhere, e.g. by the web map's index.
     */
    public List<Incident> get(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.read(c -> byIds(c, ids));
    }

    /** The incidents with these ids, with their claims, in the order given; ids not found left out. */
    private static List<Incident> byIds(Connection c, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Incident> byId = new HashMap<>();
        List<Incident> heads = Sql.list(c, "SELECT " + COLUMNS + " FROM incident i WHERE i.id IN ("
                + Sql.placeholders(ids.size()) + ")", ids, IncidentStore::head);
        withClaims(c, heads).forEach(i -> byId.put(i.id(), i));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * Counts for an overview.
     *
     * @param corroborated incidents that more than one source asserts, claims or reports
     * @param conflicting  incidents whose sources give different fatality counts
     */
    public record Stats(long incidents, long corroborated, long conflicting) {
    }

    public Stats stats() {
        return db.read(c -> new Stats(
                Sql.count(c, "SELECT COUNT(*) FROM incident", List.of()),
                Sql.count(c, "SELECT COUNT(*) FROM incident WHERE corroboration > 1", List.of()),
                Sql.count(c, "SELECT COUNT(*) FROM incident WHERE fatalities_low <> fatalities_high", List.of())));
    }

    public long count() {
        return db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM incident", List.of()));
    }

    private static Incident head(ResultSet rs) throws SQLException {
        LocalDate ws = Sql.getDate(rs, "window_start");
        LocalDate we = Sql.getDate(rs, "window_end");
        return new Incident(rs.getLong("id"), rs.getString("event_type"), rs.getString("sub_event_type"),
                Sql.getDate(rs, "event_date"), rs.getString("date_precision"),
                ws == null || we == null ? null : new DateWindow(ws, we), rs.getString("place_key"),
                rs.getInt("fatalities_low"), rs.getInt("fatalities_high"), rs.getInt("corroboration"),
                SitrepJson.readEvent(rs.getString("summary_json")), List.of());
    }

    private static List<Incident> withClaims(Connection c, List<Incident> heads) throws SQLException {
        if (heads.isEmpty()) {
            return heads;
        }
        Map<Long, List<Claim>> claims = claimsOf(c, heads.stream().map(Incident::id).toList());
        List<Incident> out = new ArrayList<>();
        for (Incident i : heads) {
            out.add(new Incident(i.id(), i.eventType(), i.subEventType(), i.date(), i.datePrecision(), i.window(),
                    i.placeKey(), i.fatalitiesLow(), i.fatalitiesHigh(), i.corroboration(), i.summary(),
                    claims.getOrDefault(i.id(), List.of())));
        }
        return out;
    }

    /** The claims of each incident, in the order they were stored. */
    public static Map<Long, List<Claim>> claimsOf(Connection c, List<Long> incidentIds) throws SQLException {
        Map<Long, List<Claim>> out = new LinkedHashMap<>();
        if (incidentIds.isEmpty()) {
            return out;
        }
        List<Object[]> rows = Sql.list(c, "SELECT e.incident_id, e.id, e.report_id, e.source, e.modality,"
                + " e.event_json FROM event e WHERE e.incident_id IN (" + Sql.placeholders(incidentIds.size())
                + ") ORDER BY e.id", incidentIds, rs -> new Object[] {rs.getLong(1), claim(rs)});
        for (Object[] r : rows) {
            out.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((Claim) r[1]);
        }
        return out;
    }

    /** A claim from a row with the event's id, report_id, source, modality and event_json. */
    public static Claim claim(ResultSet rs) throws SQLException {
        Event e = SitrepJson.readEvent(rs.getString("event_json"));
        return new Claim(rs.getLong("id"), rs.getString("report_id"), rs.getString("source"),
                rs.getString("modality"), e.fatalities(), e.prisoners(), e.date(), e.datePrecision(),
                e.subEventType(), e.actor1() == null ? null : e.actor1().name(),
                e.actor1() == null ? null : e.actor1().side(), e.evidence());
    }
}
