package org.sitrep.server.index;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;
import org.sitrep.store.PageRequest;
import org.sitrep.store.db.Keys;
import org.sitrep.store.db.Sql;
import org.sitrep.store.review.EventFields;
import org.sitrep.store.review.ReviewFilter;
import org.sitrep.store.review.ReviewState;
import org.sitrep.store.review.ReviewStatus;

/**
 * The events' filter columns in memory, as one immutable snapshot, so a filtered, sorted page of
 * merged events costs a scan of arrays rather than a query plan: the API's answer time then does not
 * depend on how well the database plans subqueries (H2 does not plan them well). Its filters mean
 * exactly what the store's {@link org.sitrep.store.event.EventFilter} means ({@code EventIndexTest}
 * compares them on both databases). Built from the store, then brought up to date by reading only
 * the events added since, unless events were removed (a report replaced), when it is built again.
 */
final class EventIndex {
    private static final String EVENT_COLUMNS = "SELECT id, incident_id, event_date, event_type, sub_event_type,"
            + " latitude, longitude, place_name_key, mention_key, admin1_key, admin2_key, country_key, source_key,"
            + " outlet_key, report_id, evidence_key, source FROM event WHERE id > ? ORDER BY id";

    final KeyDictionary keys;
    /** Report ids by number (a report filter compares them), apart from the filter keys. */
    final KeyDictionary reports;
    /** The sources as stored, by number, apart from the filter keys (a page lists them). */
    private final KeyDictionary sources;
    final EventColumns events;
    private final long maxEventId;
    /** The incidents in the API's order: by date, undated last, then id. */
    private final IncidentOrder incidents;
    /** For each event (same index as {@link #events}), its incident's place in the order, or -1. */
    private final int[] positions;
    /** Every event's index in {@link #events}, in day order (undated first): its place here is its rank. */
    private final int[] dayOrder;
    /** Per {@link KeyColumn} (by ordinal), the ranks of each key's events in {@link #dayOrder}. */
    private final Postings[] postings;
    /** The incidents people reviewed, and the places in the order of those (a scan's fast test). */
    private final Map<Long, ReviewState> reviews;
    private final BitSet reviewedPositions;
    /** The incidents a map view can count by place rather than by account. */
    private final PlacedTally tally;
    private final EvidenceSearches searches;
    private final RecentMatches recentMatches = new RecentMatches();
    /** Each incident's accounts, by place in the order (a page's sources are read from them). */
    private final IncidentAccounts accounts;

    private EventIndex(KeyDictionary keys, KeyDictionary reports, KeyDictionary sources, EventColumns events,
            IncidentOrder incidents, Map<Long, ReviewState> reviews) {
        this.keys = keys;
        this.reports = reports;
        this.sources = sources;
        this.events = events;
        this.incidents = incidents;
        this.reviews = reviews;
        int n = events.size();
        this.maxEventId = n == 0 ? 0 : events.id(n - 1);
        this.positions = new int[n];
        for (int i = 0; i < n; i++) {
            positions[i] = incidents.positionOf(events.incidentId(i));
        }
        this.reviewedPositions = new BitSet(incidents.size());
        for (Long id : reviews.keySet()) {
            int p = incidents.positionOf(id);
            if (p >= 0) {
                reviewedPositions.set(p);
            }
        }
        long[] dayAndIndex = new long[n];
        for (int i = 0; i < n; i++) {
            dayAndIndex[i] = ((long) events.day(i) << 32) | i; // sorts by day (undated is the least), then index
        }
        Arrays.sort(dayAndIndex);
        this.dayOrder = new int[n];
        for (int k = 0; k < n; k++) {
            dayOrder[k] = (int) dayAndIndex[k];
        }
        this.postings = new Postings[KeyColumn.values().length];
        for (KeyColumn column : KeyColumn.values()) {
            postings[column.ordinal()] = Postings.of(events, column, keys.size(), dayOrder);
        }
        this.tally = PlacedTally.of(events, positions, incidents.size(), reviewedPositions);
        this.searches = new EvidenceSearches(events);
        this.accounts = IncidentAccounts.of(positions, incidents.size());
    }

    /**
     * The events the matcher can match, as ranks in day order: those of its date window holding every
     * key it requires (the shortest key's run first, intersected with the others'), or all of the window.
     */
    private Candidates candidates(EventMatcher matcher) {
        Candidates window = window(matcher);
        List<Candidates> keyed = new ArrayList<>();
        for (KeyColumn column : KeyColumn.values()) {
            int key = matcher.required(column);
            if (key != EventMatcher.ANY) {
                keyed.add(postings[column.ordinal()].of(key).within(window.from(), window.to()));
            }
        }
        if (keyed.isEmpty()) {
            return window;
        }
        keyed.sort(Comparator.comparingInt(Candidates::size));
        Candidates out = keyed.get(0);
        for (int k = 1; k < keyed.size() && out.size() > 0; k++) {
            out = out.intersect(keyed.get(k));
        }
        return out;
    }

    /** The ranks of the matcher's date window in the day order (all of them without one). */
    private Candidates window(EventMatcher matcher) {
        if (!matcher.hasDateRange()) {
            return Candidates.range(0, dayOrder.length);
        }
        int first = firstRankOnOrAfter(matcher.firstDay());
        int end = matcher.lastDay() == Integer.MAX_VALUE ? dayOrder.length : firstRankOnOrAfter(matcher.lastDay() + 1);
        return Candidates.range(first, end);
    }

    private int firstRankOnOrAfter(int day) {
        int lo = 0;
        int hi = dayOrder.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (events.day(dayOrder[mid]) < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Calls {@code each} with the index of every event the matcher can match, ascending. */
    private void eachCandidate(EventMatcher matcher, IntConsumer each) {
        Candidates run = candidates(matcher);
        BitSet ascending = new BitSet(events.size());
        for (int k = run.from(); k < run.to(); k++) {
            ascending.set(dayOrder[run.rank(k)]);
        }
        for (int i = ascending.nextSetBit(0); i >= 0; i = ascending.nextSetBit(i + 1)) {
            each.accept(i);
        }
    }

    /** The whole index, read on one snapshot of the store. */
    static EventIndex build(Connection c) throws SQLException {
        KeyDictionary keys = new KeyDictionary();
        KeyDictionary reports = new KeyDictionary();
        KeyDictionary sources = new KeyDictionary();
        Map<Long, ReviewState> reviews = new HashMap<>();
        for (ReviewState r : ReviewState.all(c)) {
            reviews.put(r.eventId(), r);
        }
        int count = (int) Sql.count(c, "SELECT COUNT(*) FROM event", List.of());
        EventColumns events = EventColumns.withCapacity(count);
        readEvents(c, keys, reports, sources, 0, reviews, events);
        IncidentRows rows = IncidentRows.read(c, "SELECT id, event_date, updated_at FROM incident ORDER BY id",
                List.of());
        return new EventIndex(keys, reports, sources, events, IncidentOrder.of(rows.ids(), rows.days(), rows.updated()),
                reviews);
    }

    /** Whether the incident at this place of the order passes the review filter. */
    private boolean reviewAccepts(ReviewFilter filter, boolean unreviewedPass, int position) {
        if (reviews.isEmpty() && filter.updatedSince() == null) {
            return unreviewedPass; // no incident reviewed: nothing to look up
        }
        if (!reviewedPositions.get(position) && filter.updatedSince() == null) {
            return unreviewedPass;
        }
        long at = incidents.updatedAt(position);
        return filter.accepts(reviews.get(incidents.idAt(position)),
                at == IncidentOrder.NEVER ? null : java.time.Instant.ofEpochMilli(at));
    }

    /**
     * This index with the events stored since it was read; null when events were removed meanwhile
     * (then only a new {@link #build} is right). The columns are copied and appended to, the incidents'
     * order sorted again: no object per event is made.
     */
    EventIndex withAdditions(Connection c) throws SQLException {
        int added = (int) Sql.count(c, "SELECT COUNT(*) FROM event WHERE id > ?", List.of(maxEventId));
        if (added == 0) {
            return Sql.count(c, "SELECT COUNT(*) FROM event", List.of()) == events.size() ? this : null;
        }
        KeyDictionary moreKeys = keys.copy();
        KeyDictionary moreReports = reports.copy();
        KeyDictionary moreSources = sources.copy();
        EventColumns more = events.appending(added);
        readEvents(c, moreKeys, moreReports, moreSources, maxEventId, reviews, more);
        if (Sql.count(c, "SELECT COUNT(*) FROM event", List.of()) != more.size()) {
            return null; // events were removed
        }
        // merging a new account into an incident may change the incident's date
        IncidentRows changed = IncidentRows.read(c, "SELECT id, event_date, updated_at FROM incident WHERE id IN"
                + " (SELECT incident_id FROM event WHERE id > ?) ORDER BY id", List.of(maxEventId));
        return new EventIndex(moreKeys, moreReports, moreSources, more, incidents.with(changed.ids(), changed.days(),
                changed.updated()), reviews);
    }

    /** The ids of one page of the incidents with an event matching, in order, and how many match. */
    Result find(EventMatcher matcher, ReviewFilter filter, PageRequest page) {
        MatchedPlaces matches = matching(matcher, filter);
        List<Long> ids = new ArrayList<>(page.limit());
        matches.forEach(page.offset(), page.limit(), p -> ids.add(incidents.idAt(p)));
        return new Result(matches.total(), ids);
    }

    /** The ids of every incident that matches, in the API's order (an export's rows). */
    List<Long> allIds(EventMatcher matcher, ReviewFilter filter) {
        MatchedPlaces matches = matching(matcher, filter);
        List<Long> ids = new ArrayList<>(matches.total());
        matches.forEach(0, Integer.MAX_VALUE, p -> ids.add(incidents.idAt(p)));
        return ids;
    }

    /** Calls {@code each} with every event that matches and belongs to an incident, in event id order. */
    void forEach(EventMatcher matcher, ReviewFilter filter, MatchSink each) {
        if (matcher.matchesNothing()) {
            return;
        }
        boolean unreviewedPass = filter.accepts(null, null);
        eachCandidate(matcher, i -> {
            if (matchesCandidate(i, matcher, filter, unreviewedPass)) {
                hand(i, each);
            }
        });
    }

    /**
     * As {@link #forEach}, for a sink that takes the incidents of a place at once: a map view's
     * filters (dates, box, type) count the incidents told alike by every account from the tally,
     * and scan the accounts of the others only. Other filters scan as {@link #forEach} does.
     */
    void forEachPlaced(EventMatcher matcher, ReviewFilter filter, PlaceSink each) {
        if (!matcher.onlyDaysBoxAndType() || filter.updatedSince() != null) {
            forEach(matcher, filter, each);
            return;
        }
        if (matcher.matchesNothing()) {
            return;
        }
        boolean unreviewedPass = filter.accepts(null, null);
        if (unreviewedPass) { // the tally holds no reviewed incident
            tally.forEach(matcher, incidents, keys, each);
        }
        for (int i : tally.others()) {
            if (accepted(i, filter, unreviewedPass) && matcher.matches(events, i, reports)) {
                hand(i, each);
            }
        }
    }

    /**
     * The sources of each incident's accounts, in event id order (an account without one gives null),
     * as the store holds them; incidents the index does not hold are left out.
     */
    Map<Long, List<String>> sourcesOf(List<Long> incidentIds) {
        Map<Long, List<String>> out = new HashMap<>();
        for (long id : incidentIds) {
            int p = incidents.positionOf(id);
            if (p >= 0) {
                List<String> told = new ArrayList<>();
                accounts.forEach(p, i -> told.add(sources.name(events.source(i))));
                out.put(id, told);
            }
        }
        return out;
    }

    /** A query compiled against this index's keys and searches. */
    EventMatcher matcher(org.sitrep.store.event.EventQuery query) {
        return new EventMatcher(query, keys, searches::eventsHolding);
    }

    /** The map's tally (tests look at what it leaves to the scan). */
    PlacedTally tally() {
        return tally;
    }

    /**
     * Whether account i, a candidate (it holds the query's keys and lies in its days), matches the rest
     * of the query and belongs to an incident the review filter accepts.
     */
    private boolean matchesCandidate(int i, EventMatcher matcher, ReviewFilter filter, boolean unreviewedPass) {
        return accepted(i, filter, unreviewedPass) && matcher.matchesBeyondKeysAndDays(events, i, reports);
    }

    /** Whether account i belongs to an incident the review filter accepts. */
    private boolean accepted(int i, ReviewFilter filter, boolean unreviewedPass) {
        int p = positions[i];
        return p >= 0 && reviewAccepts(filter, unreviewedPass, p);
    }

    private void hand(int i, MatchSink each) {
        each.accept(events.incidentId(i), events.day(i), keys.name(events.type(i)), events.latitude(i),
                events.longitude(i), events.northing(i));
    }

    /** The matching incidents, at their places in the order (not to be changed: they may be shared). */
    private MatchedPlaces matching(EventMatcher matcher, ReviewFilter filter) {
        Object key = List.of(matcher.key(), filter);
        MatchedPlaces kept = recentMatches.find(key);
        if (kept != null) {
            return kept;
        }
        if (matcher.matchesNothing()) {
            return MatchedPlaces.ofPlaces(new int[0], 0);
        }
        boolean unreviewedPass = filter.accepts(null, null);
        // candidates hold the keys and lie in the window; any order will do: a set of incidents is made
        Candidates run = candidates(matcher);
        if (MatchedPlaces.few(run.size(), incidents.size())) {
            int[] found = new int[run.size()];
            int n = 0;
            for (int k = run.from(); k < run.to(); k++) {
                int i = dayOrder[run.rank(k)];
                if (matchesCandidate(i, matcher, filter, unreviewedPass)) {
                    found[n++] = positions[i];
                }
            }
            return recentMatches.keep(key, MatchedPlaces.ofPlaces(found, n), run.size());
        }
        BitSet matching = new BitSet(incidents.size());
        int total = 0;
        for (int k = run.from(); k < run.to(); k++) {
            int i = dayOrder[run.rank(k)];
            int p = positions[i];
            // an incident matched by one of its accounts is not tested again for the others
            if (p >= 0 && !matching.get(p) && matchesCandidate(i, matcher, filter, unreviewedPass)) {
                matching.set(p);
                total++;
            }
        }
        return recentMatches.keep(key, MatchedPlaces.ofBits(matching, total), run.size());
    }

    /** A page of incident ids and the number of incidents all pages hold. */
    record Result(long total, List<Long> incidentIds) {
    }

    /** Incidents as read: ids ascending, their days and last changes. */
    private record IncidentRows(long[] ids, int[] days, long[] updated) {
        static IncidentRows read(Connection c, String sql, List<Object> params) throws SQLException {
            List<long[]> rows = Sql.list(c, sql, params, rs -> {
                java.sql.Timestamp at = rs.getTimestamp(3);
                return new long[] {rs.getLong(1), day(rs, 2), at == null ? IncidentOrder.NEVER : at.getTime()};
            });
            long[] ids = new long[rows.size()];
            int[] days = new int[rows.size()];
            long[] updated = new long[rows.size()];
            for (int k = 0; k < rows.size(); k++) {
                ids[k] = rows.get(k)[0];
                days[k] = (int) rows.get(k)[1];
                updated[k] = rows.get(k)[2];
            }
            return new IncidentRows(ids, days, updated);
        }
    }

    private static void readEvents(Connection c, KeyDictionary keys, KeyDictionary reports, KeyDictionary sources,
            long after, Map<Long, ReviewState> reviews, EventColumns into) throws SQLException {
        Map<Long, List<int[]>> actors = new HashMap<>();
        Sql.list(c, "SELECT event_id, name_key, parent_key, side_key FROM event_actor WHERE event_id > ?",
                List.of(after), rs -> actors.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new int[] {keys.add(rs.getString(2)), keys.add(rs.getString(3)), keys.add(rs.getString(4))}));
        // rows go straight into the columns (the list Sql returns holds only nulls)
        Sql.list(c, EVENT_COLUMNS, List.of(after), rs -> {
            long id = rs.getLong("id");
            List<int[]> as = actors.getOrDefault(id, List.of());
            int[] names = as.stream().flatMapToInt(a -> Arrays.stream(new int[] {a[0], a[1]}))
                    .filter(k -> k != KeyDictionary.NONE).toArray();
            int[] sides = as.stream().mapToInt(a -> a[2]).filter(k -> k != KeyDictionary.NONE).toArray();
            Double lat = Sql.getDoubleOrNull(rs, "latitude");
            Double lon = Sql.getDoubleOrNull(rs, "longitude");
            long incident = rs.getLong("incident_id");
            int day = day(rs, 3);
            String type = rs.getString("event_type");
            String subType = rs.getString("sub_event_type");
            String placeName = rs.getString("place_name_key");
            String admin1 = rs.getString("admin1_key");
            String admin2 = rs.getString("admin2_key");
            ReviewState review = reviews.get(incident);
            if (review != null && review.status() != ReviewStatus.EXTRACTED) {
                // filters and the map see the event as people corrected it, through every account
                EventFields f = review.reviewed();
                type = f.type();
                subType = f.subType();
                day = f.date() == null ? EventColumns.UNDATED : (int) f.date().toEpochDay();
                EventFields.Place p = f.place();
                lat = p == null ? null : p.latitude();
                lon = p == null ? null : p.longitude();
                // the district is the gazetteer's: it stays while the place keeps its name
                admin2 = p == null || !Objects.equals(placeName, Keys.of(p.name())) ? null : admin2;
                placeName = p == null ? null : Keys.of(p.name());
                admin1 = p == null ? null : Keys.of(p.admin1());
            }
            into.add(new EventColumns.Row(id, incident, day, keys.add(lower(type)), keys.add(lower(subType)),
                    lat == null ? Double.NaN : lat, lon == null ? Double.NaN : lon, keys.add(placeName),
                    keys.add(rs.getString("mention_key")), keys.add(admin1), keys.add(admin2), keys.add(rs.getString("country_key")),
                    keys.add(rs.getString("source_key")), keys.add(rs.getString("outlet_key")),
                    reports.add(rs.getString("report_id")), sources.add(rs.getString("source")),
                    rs.getString("evidence_key"), names, sides));
            return null;
        });
    }

    private static int day(ResultSet rs, int column) throws SQLException {
        LocalDate d = rs.getObject(column, LocalDate.class);
        return d == null ? EventColumns.UNDATED : (int) d.toEpochDay();
    }

    static String lower(String s) {
        return s == null ? null : s.toLowerCase(java.util.Locale.ROOT);
    }
}
