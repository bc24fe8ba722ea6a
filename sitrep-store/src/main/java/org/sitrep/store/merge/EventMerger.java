package org.sitrep.store.merge;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.store.db.Sql;
import org.sitrep.store.event.DateWindow;
import org.sitrep.store.event.EventRow;

/**
 * Puts the events of one report into incidents, inside the report's write transaction: each event
 * joins the first incident (by id) of the same event type at the same place (see
 * {@link org.sitrep.store.event.PlaceKey}) whose date window overlaps the event's and whose
 * members' sides are all compatible with it ({@link Sides}), the report's earlier events included;
 * else it starts a new incident.
 *
 * <p>One query per event reads the candidate incidents with their members; the decisions are made
 * in memory, then each incident the report changed is written once, its summary recomputed from its
 * members (not once per event).
 */
public final class EventMerger {
    private static final String CANDIDATES = "SELECT i.id AS incident_id, i.month_day AS incident_month_day,"
            + " i.window_start AS incident_window_start, i.window_end AS incident_window_end, " + Member.COLUMNS
            + " FROM incident i LEFT JOIN event e ON e.incident_id = i.id WHERE i.event_type = ? AND i.place_key = ?";
    // window_end first (the index's third column): a report's days are usually recent, so few
    // stored incidents at the place end on or after them
    private static final String DATED = CANDIDATES + " AND i.window_end >= ? AND i.window_start <= ?"
            + " ORDER BY i.id, e.id";
    private static final String DAY_AND_MONTH = CANDIDATES + " AND i.window_end IS NULL AND i.month_day = ?"
            + " ORDER BY i.id, e.id";

    private final Connection c;
    /** Stored incidents read in this transaction, by id. */
    private final Map<Long, IncidentDraft> stored = new HashMap<>();
    /** Incidents whose members this transaction changed (or created), in the order first changed. */
    private final List<IncidentDraft> changed = new ArrayList<>();
    /** The same, by {@link IncidentDraft#matchKey()}: the store cannot find them as they are now. */
    private final Map<String, List<IncidentDraft>> changedByKey = new HashMap<>();
    private long created;

    public EventMerger(Connection c) {
        this.c = c;
    }

    /**
     * Reads again the incidents that lost members (the events of a replaced report, already
     * deleted): the events merged next see what they hold now, and their summaries are recomputed.
     * One left with no member is deleted, unless an event joins it again.
     */
    public void reload(Collection<Long> incidentIds) throws SQLException {
        if (incidentIds.isEmpty()) {
            return;
        }
        List<Long> ids = List.copyOf(incidentIds);
        String in = " IN (" + Sql.placeholders(ids.size()) + ")";
        Sql.list(c, "SELECT id, event_type, place_key, month_day, window_start, window_end FROM incident WHERE id" + in,
                ids, rs -> {
                    IncidentDraft d = IncidentDraft.stored(rs.getLong("id"), rs.getString("event_type"),
                            rs.getString("place_key"), rs.getString("month_day"),
                            DateWindow.ofColumns(Sql.getDate(rs, "window_start"), Sql.getDate(rs, "window_end")));
                    stored.put(d.id(), d);
                    touch(d);
                    return d;
                });
        // with their JSON: the incident's representative may now be any of them
        Sql.list(c, "SELECT e.incident_id, " + Member.COLUMNS + ", e.event_json FROM event e WHERE e.incident_id" + in
                + " ORDER BY e.id", ids, rs -> {
                    Member m = Member.read(rs, true);
                    stored.get(rs.getLong("incident_id")).add(m);
                    return m;
                });
    }

    /**
     * Merges a report's events, in text order, and writes the incidents they change.
     *
     * @param jsons each event's JSON, as it is stored
     * @return each event's incident id
     */
    public long[] merge(List<EventRow> rows, List<String> jsons) throws SQLException {
        List<IncidentDraft> assigned = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            EventRow row = rows.get(i);
            Member member = Member.of(row, jsons.get(i));
            IncidentDraft incident = findMatch(row, member.sides());
            if (incident == null) {
                // after every stored incident and the ones created before it, as its id will be
                incident = IncidentDraft.created(row, Long.MAX_VALUE / 2 + created++);
            }
            touch(incident);
            incident.add(member);
            assigned.add(incident);
        }
        IncidentWriter.write(c, changed);
        long[] ids = new long[assigned.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = assigned.get(i).id();
        }
        return ids;
    }

    private IncidentDraft findMatch(EventRow row, Sides sides) throws SQLException {
        if (row.placeKey() == null || (row.window() == null && row.event().monthDay() == null)) {
            return null;
        }
        Map<Long, IncidentDraft> candidates = new LinkedHashMap<>();
        for (IncidentDraft d : readCandidates(row)) {
            candidates.put(d.order(), d);
        }
        String key = IncidentDraft.matchKey(row.event().eventType(), row.placeKey());
        for (IncidentDraft d : changedByKey.getOrDefault(key, List.of())) {
            candidates.put(d.order(), d);
        }
        return candidates.values().stream().sorted(Comparator.comparingLong(IncidentDraft::order))
                .filter(d -> d.accepts(row, sides)).findFirst().orElse(null);
    }

    /** The stored incidents the event may join by type, place and date, as this transaction sees them. */
    private List<IncidentDraft> readCandidates(EventRow row) throws SQLException {
        String type = row.event().eventType();
        List<Object> params = row.window() != null
                ? List.of(type, row.placeKey(), row.window().start(), row.window().end())
                : List.of(type, row.placeKey(), row.event().monthDay());
        Map<Long, IncidentDraft> read = new LinkedHashMap<>();
        Map<Long, IncidentDraft> known = new HashMap<>();
        Sql.list(c, row.window() != null ? DATED : DAY_AND_MONTH, params, rs -> {
            long id = rs.getLong("incident_id");
            if (read.containsKey(id) || known.containsKey(id)) {
                // another member of an incident already seen
            } else if (stored.containsKey(id)) {
                // read before in this transaction: what it holds now may differ from the store
                known.put(id, stored.get(id));
                return null;
            } else {
                read.put(id, IncidentDraft.stored(id, type, row.placeKey(), rs.getString("incident_month_day"),
                        DateWindow.ofColumns(Sql.getDate(rs, "incident_window_start"),
                                Sql.getDate(rs, "incident_window_end"))));
            }
            IncidentDraft d = read.get(id);
            if (d != null && Sql.getLongOrNull(rs, "id") != null) {
                d.add(Member.read(rs, false));
            }
            return null;
        });
        stored.putAll(read);
        List<IncidentDraft> out = new ArrayList<>(read.values());
        out.addAll(known.values());
        return out;
    }

    /** Marks an incident as changed by this transaction, once. */
    private void touch(IncidentDraft d) {
        if (d.changed()) {
            return;
        }
        d.markChanged();
        changed.add(d);
        changedByKey.computeIfAbsent(d.matchKey(), k -> new ArrayList<>()).add(d);
    }
}
