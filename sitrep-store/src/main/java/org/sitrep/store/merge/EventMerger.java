package org.sitrep.store.merge;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.store.change.ChangeLog;
import org.sitrep.store.db.Dialect;
import org.sitrep.store.db.Sql;
import org.sitrep.store.event.DateWindow;
import org.sitrep.store.event.EventRow;
import org.sitrep.store.sources.StoredClaim;

/**
 * Puts the events of one report into incidents, inside the report's write transaction: each event
 * joins the first incident (by id) of the same event type at the same place (see
 * {@link org.sitrep.store.event.PlaceKey}) whose date window overlaps the event's and whose
 * members' sides are all compatible with it ({@link Sides}), the report's earlier events included;
 * else it starts a new incident.
 *
 * <p>The stored incidents the report's events may join are read first, with their members (one
 * query per event type and place on H2, one for the report on PostgreSQL); the decisions are made
 * in memory, then each incident the report changed is written once, its summary recomputed from its
 * members (not once per event).
 */
public final class EventMerger {
    private static final String CANDIDATE_COLUMNS = "SELECT i.id AS incident_id, i.event_type AS incident_event_type,"
            + " i.place_key AS incident_place_key, i.month_day AS incident_month_day,"
            + " i.window_start AS incident_window_start, i.window_end AS incident_window_end, " + Member.COLUMNS;
    private static final String CANDIDATES = CANDIDATE_COLUMNS
            + " FROM incident i LEFT JOIN event e ON e.incident_id = i.id WHERE i.event_type = ? AND i.place_key = ?";
    /** Where {@link Member#COLUMNS} begin in {@link #CANDIDATES}' rows, after the incident's six. */
    private static final int FIRST_MEMBER_COLUMN = 7;
    /** Incidents whose window overlaps a range (incident_match has both window columns). */
    static final String DATED = CANDIDATES + " AND i.window_end >= ? AND i.window_start <= ? ORDER BY i.id, e.id";
    /** Undated incidents known by day and month. */
    private static final String DAY_AND_MONTH = CANDIDATES + " AND i.window_end IS NULL AND i.month_day = ?"
            + " ORDER BY i.id, e.id";
    /**
     * PostgreSQL: {@link #DATED} and {@link #DAY_AND_MONTH} for all of a report's lookups in one
     * statement of constant text, the lookups given as arrays (one round trip instead of some 30 per
     * report; an incident whose window overlaps two of a type and place's windows comes twice).
     */
    static final String ALL_AT_ONCE = CANDIDATE_COLUMNS + " FROM unnest(?::varchar[], ?::varchar[], ?::date[], ?::date[])"
            + " AS l(event_type, place_key, day_from, day_to) JOIN incident i ON i.event_type = l.event_type"
            + " AND i.place_key = l.place_key AND i.window_end >= l.day_from AND i.window_start <= l.day_to"
            + " LEFT JOIN event e ON e.incident_id = i.id"
            + " UNION ALL " + CANDIDATE_COLUMNS + " FROM unnest(?::varchar[], ?::varchar[], ?::varchar[])"
            + " AS m(event_type, place_key, month_day) JOIN incident i ON i.event_type = m.event_type"
            + " AND i.place_key = m.place_key AND i.window_end IS NULL AND i.month_day = m.month_day"
            + " LEFT JOIN event e ON e.incident_id = i.id ORDER BY 1, 7";

    /** The incidents' columns of {@link #CANDIDATE_COLUMNS}, without members. */
    private static final String HEAD_COLUMNS = "SELECT i.id, i.event_type, i.place_key, i.month_day, i.window_start,"
            + " i.window_end";
    /** {@link #DATED}'s incidents without their members (kept, or read apart). */
    private static final String DATED_HEADS = HEAD_COLUMNS + " FROM incident i WHERE i.event_type = ?"
            + " AND i.place_key = ? AND i.window_end >= ? AND i.window_start <= ? ORDER BY i.id";
    private static final String DAY_AND_MONTH_HEADS = HEAD_COLUMNS + " FROM incident i WHERE i.event_type = ?"
            + " AND i.place_key = ? AND i.window_end IS NULL AND i.month_day = ? ORDER BY i.id";
    /** PostgreSQL: {@link #ALL_AT_ONCE}'s incidents without their members. */
    static final String HEADS_AT_ONCE = HEAD_COLUMNS + " FROM unnest(?::varchar[], ?::varchar[], ?::date[], ?::date[])"
            + " AS l(event_type, place_key, day_from, day_to) JOIN incident i ON i.event_type = l.event_type"
            + " AND i.place_key = l.place_key AND i.window_end >= l.day_from AND i.window_start <= l.day_to"
            + " UNION " + HEAD_COLUMNS + " FROM unnest(?::varchar[], ?::varchar[], ?::varchar[])"
            + " AS m(event_type, place_key, month_day) JOIN incident i ON i.event_type = m.event_type"
            + " AND i.place_key = m.place_key AND i.window_end IS NULL AND i.month_day = m.month_day ORDER BY 1";

    private final Connection c;
    /** Stored incidents read in this transaction, by id. */
    private final Map<Long, IncidentDraft> stored = new HashMap<>();
    /** Every incident read or created in this transaction, by {@link IncidentDraft#matchKey()}. */
    private final Map<String, List<IncidentDraft>> byKey = new HashMap<>();
    /** Incidents whose members this transaction changed (or created), in the order first changed. */
    private final List<IncidentDraft> changed = new ArrayList<>();
    /** New incidents pinned by people to an id no stored incident has (yet), by that id. */
    private final Map<Long, IncidentDraft> pinnedNew = new HashMap<>();
    private final String extractorVersion;
    /** Candidates kept between transactions; null: read from the store every time. */
    private final KeptCandidates kept;
    /** The last change {@link #kept} had taken into account when this transaction began. */
    private long seenBefore = -1;
    private long created;

    public EventMerger(Connection c) {
        this(c, null);
    }

    /** @param extractorVersion the extractor that read the events merged here, for the history */
    public EventMerger(Connection c, String extractorVersion) {
        this(c, extractorVersion, null);
    }

    /**
     * @param kept candidates kept between transactions, for a transaction that changed no incident or
     *             event before {@link #merge} (a new report's); null to read them from the store
     */
    public EventMerger(Connection c, String extractorVersion, KeptCandidates kept) {
        this.c = c;
        this.extractorVersion = extractorVersion;
        this.kept = kept;
    }

    /** Writes again the incidents {@link #reload} read (after people moved events between them). */
    public void rewrite() throws SQLException {
        IncidentWriter.write(c, changed, extractorVersion, true);
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
                    remember(d);
                    touch(d);
                    return d;
                });
        // with their JSON: the incident's representative may now be any of them
        Sql.list(c, "SELECT e.incident_id, " + Member.COLUMNS + ", e.event_json FROM event e WHERE e.incident_id" + in
                + " ORDER BY e.id", ids, rs -> {
                    Member m = Member.read(rs, 2, true);
                    stored.get(rs.getLong(1)).add(m);
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
        readCandidates(rows);
        Map<String, Long> pins = pins(rows);
        Map<IncidentDraft, String> founders = new LinkedHashMap<>();
        List<IncidentDraft> assigned = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            EventRow row = rows.get(i);
            Member member = Member.of(row, jsons.get(i));
            Long pinned = row.stableKey() == null ? null : pins.get(row.stableKey());
            IncidentDraft incident = pinned != null ? pinnedIncident(row, pinned) : findMatch(row, member.sides());
            if (incident == null) {
                // after every stored incident and the ones created before it; its id its founder's stable id
                incident = IncidentDraft.created(row, Long.MAX_VALUE / 2 + created++);
                if (row.stableKey() != null) {
                    founders.put(incident, row.stableKey());
                }
                remember(incident);
            }
            touch(incident);
            incident.add(member);
            assigned.add(incident);
        }
        Map<String, Long> founderIds = new IncidentIds(c).forKeys(List.copyOf(founders.values()));
        founders.forEach((incident, key) -> incident.want(founderIds.get(key)));
        IncidentWriter.write(c, changed, extractorVersion, false);
        long[] out = new long[assigned.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = assigned.get(i).id();
        }
        return out;
    }

    /**
     * The stored events of every incident {@link #merge} or {@link #reload} changed, by incident id,
     * in id order: all of each, as this transaction leaves them (an incident left empty has none).
     * The reliability update takes them instead of reading them again.
     */
    public Map<Long, List<StoredClaim>> claims() {
        Map<Long, List<Member>> byId = new LinkedHashMap<>();
        for (IncidentDraft d : changed) {
            // an incident deleted and created again under its id in this transaction is two drafts
            byId.computeIfAbsent(d.id(), k -> new ArrayList<>()).addAll(d.members());
        }
        Map<Long, List<StoredClaim>> out = new LinkedHashMap<>();
        byId.forEach((id, members) -> out.put(id, members.stream().sorted(Comparator.comparingLong(Member::rank))
                .map(m -> m.claim(id)).toList()));
        return out;
    }

    /**
     * The incidents people pinned the rows' events to (by review, merge or split), by stable key.
     * A pinned event the machine no longer reads under its key (it reads its kind otherwise) is
     * followed by the event now read from the same sentence, if that one has no pin of its own:
     * it goes where the pinned one went, so the review there sees the new reading.
     */
    private Map<String, Long> pins(List<EventRow> rows) throws SQLException {
        Map<String, Long> pinned = new HashMap<>();
        for (String reportId : rows.stream().map(EventRow::reportId).distinct().toList()) {
            Sql.list(c, "SELECT stable_key, incident_id FROM event_pin WHERE stable_key LIKE ? ESCAPE '\\'",
                    List.of(likePrefix(reportId + "#")), rs -> pinned.put(rs.getString(1), rs.getLong(2)));
        }
        java.util.Set<String> keys = new java.util.HashSet<>();
        rows.forEach(r -> keys.add(r.stableKey()));
        Map<String, java.util.ArrayDeque<Long>> vanished = new HashMap<>();
        pinned.entrySet().stream().filter(e -> !keys.contains(e.getKey())).sorted(Map.Entry.comparingByKey())
                .forEach(e -> vanished.computeIfAbsent(span(e.getKey()), k -> new java.util.ArrayDeque<>())
                        .add(e.getValue()));
        Map<String, Long> out = new HashMap<>();
        for (EventRow row : rows) {
            String key = row.stableKey();
            if (key == null) {
                continue;
            }
            java.util.ArrayDeque<Long> followed = vanished.get(span(key));
            Long to = pinned.containsKey(key) ? pinned.get(key) : followed == null ? null : followed.poll();
            if (to != null) {
                out.put(key, to);
            }
        }
        return out;
    }

    /** A stable key without its kind and occurrence: the report and the evidence span. */
    private static String span(String stableKey) {
        int occurrence = stableKey.lastIndexOf('#');
        int kind = occurrence > 0 ? stableKey.lastIndexOf('#', occurrence - 1) : -1;
        return kind > 0 ? stableKey.substring(0, kind) : stableKey;
    }

    private static String likePrefix(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** The incident an event is pinned to: as this transaction holds it, as stored, or anew under its id. */
    private IncidentDraft pinnedIncident(EventRow row, long id) throws SQLException {
        if (stored.containsKey(id)) {
            return stored.get(id);
        }
        reload(List.of(id));
        if (stored.containsKey(id)) {
            return stored.get(id);
        }
        return pinnedNew.computeIfAbsent(id, k -> {
            IncidentDraft d = IncidentDraft.created(row, Long.MAX_VALUE / 2 + created++, k);
            remember(d);
            return d;
        });
    }

    private static boolean mergeable(EventRow row) {
        return row.placeKey() != null && (row.window() != null || row.event().monthDay() != null);
    }

    private IncidentDraft findMatch(EventRow row, Sides sides) {
        if (!mergeable(row)) {
            return null;
        }
        String key = IncidentDraft.matchKey(row.event().eventType(), row.placeKey());
        return byKey.getOrDefault(key, List.of()).stream()
                .sorted(Comparator.comparingLong(IncidentDraft::order))
                .filter(d -> d.accepts(row, sides))
                .findFirst().orElse(null);
    }

    /**
     * Reads, with their members, the stored incidents the rows may join: per event type and place,
     * those overlapping its rows' windows, and the undated ones on its rows' days and months.
     * A superset: {@link IncidentDraft#accepts} decides. One query per type and place (not one
     * UNION for the report: its text would change with every report, and both databases then
     * plan it anew, which cost more than the queries it saves). On PostgreSQL, where each query is a
     * round trip to the server, one query of constant text takes the lookups as arrays
     * ({@link #ALL_AT_ONCE}); H2 runs in this process, and answers the per-lookup queries from its
     * index more simply.
     */
    private void readCandidates(List<EventRow> rows) throws SQLException {
        Map<String, Lookup> lookups = new LinkedHashMap<>();
        for (EventRow row : rows) {
            if (mergeable(row)) {
                lookups.computeIfAbsent(IncidentDraft.matchKey(row.event().eventType(), row.placeKey()),
                        k -> new Lookup(row.event().eventType(), row.placeKey())).add(row);
            }
        }
        if (lookups.isEmpty()) {
            return;
        }
        if (kept != null) {
            readKept(lookups.values());
            return;
        }
        if (Dialect.of(c.getMetaData().getURL()) == Dialect.POSTGRESQL) {
            readAtOnce(lookups.values(), ALL_AT_ONCE, null);
            return;
        }
        for (Lookup l : lookups.values()) {
            for (DateWindow w : l.windows()) {
                read(DATED, List.of(l.eventType, l.placeKey, w.start(), w.end()));
            }
            for (String monthDay : l.monthDays) {
                read(DAY_AND_MONTH, List.of(l.eventType, l.placeKey, monthDay));
            }
        }
    }

    /**
     * The candidates as {@link #DATED} and {@link #DAY_AND_MONTH} find them, the incidents' columns
     * from the store and their members kept from earlier reports where they did not change since.
     */
    private void readKept(Collection<Lookup> lookups) throws SQLException {
        seenBefore = kept.forgetChanged(c);
        Map<Long, IncidentDraft> heads = new LinkedHashMap<>();
        Sql.RowMapper<IncidentDraft> head = rs -> {
            long id = rs.getLong(1);
            // an incident that overlaps two of a lookup's windows comes once per window
            return heads.containsKey(id) ? null : heads.put(id, IncidentDraft.stored(id, rs.getString(2),
                    rs.getString(3), rs.getString(4), DateWindow.ofColumns(Sql.getDate(rs, 5), Sql.getDate(rs, 6))));
        };
        if (Dialect.of(c.getMetaData().getURL()) == Dialect.POSTGRESQL) {
            readAtOnce(lookups, HEADS_AT_ONCE, head);
        } else {
            for (Lookup l : lookups) {
                for (DateWindow w : l.windows()) {
                    Sql.list(c, DATED_HEADS, List.of(l.eventType, l.placeKey, w.start(), w.end()), head);
                }
                for (String monthDay : l.monthDays) {
                    Sql.list(c, DAY_AND_MONTH_HEADS, List.of(l.eventType, l.placeKey, monthDay), head);
                }
            }
        }
        heads.keySet().removeAll(stored.keySet()); // read before in this transaction: it may hold more now
        Map<Long, List<Member>> members = new HashMap<>(kept.get(heads.keySet()));
        List<Long> missing = heads.keySet().stream().filter(id -> !members.containsKey(id)).toList();
        Map<Long, List<Member>> read = new HashMap<>();
        missing.forEach(id -> read.put(id, new ArrayList<>()));
        for (List<Long> chunk : Sql.chunks(missing)) {
            Sql.list(c, "SELECT e.incident_id, " + Member.COLUMNS + " FROM event e WHERE e.incident_id IN ("
                    + Sql.placeholders(chunk.size()) + ") ORDER BY e.id", chunk,
                    rs -> read.get(rs.getLong(1)).add(Member.read(rs, 2, false)));
        }
        kept.keep(read);
        members.putAll(read);
        heads.forEach((id, d) -> {
            members.get(id).forEach(d::add);
            remember(d);
        });
    }

    /**
     * What this transaction wrote, for {@link KeptCandidates#committed}: the members of each incident
     * it changed as the store will read them back (the report's events under their ids).
     *
     * @param eventIds the report's events' ids, in text order (as inserted)
     */
    public KeptCandidates.Written written(long[] eventIds) throws SQLException {
        Map<Long, List<Member>> out = new LinkedHashMap<>();
        for (IncidentDraft d : changed) {
            List<Member> members = out.computeIfAbsent(d.id(), k -> new ArrayList<>());
            for (Member m : d.members()) {
                members.add(m.asStored(m.rank() >= Member.NEW_RANKS ? eventIds[(int) (m.rank() - Member.NEW_RANKS)]
                        : m.rank()));
            }
        }
        out.values().forEach(list -> list.sort(Comparator.comparingLong(Member::rank)));
        return new KeptCandidates.Written(seenBefore, ChangeLog.head(c), out);
    }

    /**
     * {@link #ALL_AT_ONCE} or {@link #HEADS_AT_ONCE}: the lookups' columns as arrays; the rows read as
     * candidates, or given to {@code rows} (null: as candidates).
     */
    private void readAtOnce(Collection<Lookup> lookups, String sql, Sql.RowMapper<?> rows) throws SQLException {
        List<String> types = new ArrayList<>();
        List<String> places = new ArrayList<>();
        List<String> froms = new ArrayList<>();
        List<String> tos = new ArrayList<>();
        List<String> dayTypes = new ArrayList<>();
        List<String> dayPlaces = new ArrayList<>();
        List<String> monthDays = new ArrayList<>();
        for (Lookup l : lookups) {
            for (DateWindow w : l.windows()) {
                types.add(l.eventType);
                places.add(l.placeKey);
                froms.add(w.start().toString());
                tos.add(w.end().toString());
            }
            for (String monthDay : l.monthDays) {
                dayTypes.add(l.eventType);
                dayPlaces.add(l.placeKey);
                monthDays.add(monthDay);
            }
        }
        List<Object> params = List.of(array(types), array(places), array(froms), array(tos), array(dayTypes),
                array(dayPlaces), array(monthDays));
        if (rows == null) {
            read(sql, params);
        } else {
            Sql.list(c, sql, params, rows);
        }
    }

    private java.sql.Array array(List<String> values) throws SQLException {
        return c.createArrayOf("varchar", values.toArray(new String[0]));
    }

    private void read(String sql, List<Object> params) throws SQLException {
        Map<Long, IncidentDraft> read = new LinkedHashMap<>();
        // an incident that overlaps two of a lookup's windows comes once per window from ALL_AT_ONCE
        Set<Long> members = new java.util.HashSet<>();
        Sql.list(c, sql, params, rs -> {
            long id = rs.getLong(1);
            if (stored.containsKey(id)) {
                return null; // read before in this transaction: what it holds now may differ from the store
            }
            IncidentDraft d = read.get(id);
            if (d == null) {
                d = IncidentDraft.stored(id, rs.getString(2), rs.getString(3), rs.getString(4),
                        DateWindow.ofColumns(Sql.getDate(rs, 5), Sql.getDate(rs, 6)));
                read.put(id, d);
            }
            Long member = Sql.getLongOrNull(rs, FIRST_MEMBER_COLUMN);
            if (member != null && members.add(member)) {
                d.add(Member.read(rs, FIRST_MEMBER_COLUMN, false));
            }
            return null;
        });
        read.values().forEach(this::remember);
    }

    /**
     * What one event type at one place asks of the store: its rows' windows (overlapping ones
     * joined), and day-months. Not the span from the first row's day to the last: a report that
     * tells a place on days weeks apart read every incident between them, four in five of which
     * no row could join.
     */
    private static final class Lookup {
        final String eventType;
        final String placeKey;
        private final List<DateWindow> windows = new ArrayList<>();
        final Set<String> monthDays = new LinkedHashSet<>();

        Lookup(String eventType, String placeKey) {
            this.eventType = eventType;
            this.placeKey = placeKey;
        }

        void add(EventRow row) {
            if (row.window() == null) {
                monthDays.add(row.event().monthDay());
            } else {
                windows.add(row.window());
            }
        }

        /** The rows' windows, sorted, those that overlap or touch joined into one. */
        List<DateWindow> windows() {
            return joined(windows);
        }
    }

    /** Windows sorted by start, those that overlap or follow each other without a gap joined. */
    static List<DateWindow> joined(List<DateWindow> windows) {
        List<DateWindow> sorted = new ArrayList<>(windows);
        sorted.sort(Comparator.comparing(DateWindow::start));
        List<DateWindow> out = new ArrayList<>();
        for (DateWindow w : sorted) {
            DateWindow last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && !w.start().isAfter(last.end().plusDays(1))) {
                out.set(out.size() - 1, new DateWindow(last.start(), w.end().isAfter(last.end()) ? w.end() : last.end()));
            } else {
                out.add(w);
            }
        }
        return out;
    }

    private void remember(IncidentDraft d) {
        if (d.id() != null) {
            stored.put(d.id(), d);
        }
        byKey.computeIfAbsent(d.matchKey(), k -> new ArrayList<>()).add(d);
    }

    /** Marks an incident as changed by this transaction, once. */
    private void touch(IncidentDraft d) {
        if (d.changed()) {
            return;
        }
        d.markChanged();
        changed.add(d);
    }
}
