package org.sitrep.store.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.store.change.ChangeCursor;
import org.sitrep.store.db.Database;
import org.sitrep.store.db.Sql;

/**
 * Every place's control timeline, kept between calls and brought up to date by what changed: the
 * store's change sequence ({@code change_log}) names every incident whose accounts changed since the
 * last call (a report stored or replaced, an analyst's merge, split or rejection: each logs its
 * incidents in its own transaction), and only the places those incidents were or are at are read
 * again. An ingest touches a few places; the war's others keep their timelines, the same objects
 * (the server's map features are kept per timeline).
 */
final class KeptTimelines {
    /** Beyond this many changes since the last call, reading everything again is cheaper. */
    private static final int MAX_CHANGES = 20_000;

    private final Database db;
    private final String select;
    /** The claims kept, by event id. */
    private final Map<Long, TerritorialClaim> claims = new HashMap<>();
    private final ChangeCursor cursor = new ChangeCursor(MAX_CHANGES);
    /** By place, in the order of each place's first claim (as one full read gives them). */
    private Map<String, PlaceTimeline> timelines = Map.of();

    /** @param select the rows of the changes of control, to which {@code AND ...} conditions can be added */
    KeptTimelines(Database db, String select) {
        this.db = db;
        this.select = select;
    }

    /** The timelines as the store holds them now (one snapshot). */
    synchronized Map<String, PlaceTimeline> current() {
        db.read(c -> {
            refresh(c);
            return null;
        });
        return timelines;
    }

    private void refresh(Connection c) throws SQLException {
        ChangeCursor.Changed changed = cursor.advance(c);
        try {
            Set<String> touched = changed.everything() ? readAll(c) : readChanged(c, changed);
            if (!touched.isEmpty()) {
                rebuild(touched);
            }
        } catch (SQLException | RuntimeException e) {
            cursor.reset(); // the changes passed over are not in the claims: the next call reads all
            throw e;
        }
    }

    private Set<String> readAll(Connection c) throws SQLException {
        Set<String> touched = new HashSet<>();
        claims.values().forEach(t -> touched.add(t.place().placeKey()));
        claims.clear();
        for (TerritorialClaim t : Sql.list(c, select, List.of(), ControlTimeline::claim)) {
            claims.put(t.claim().eventId(), t);
            touched.add(t.place().placeKey());
        }
        return touched;
    }

    /** Reads again the places of the incidents changed since the last call: where they were, and are. */
    private Set<String> readChanged(Connection c, ChangeCursor.Changed changed) throws SQLException {
        Set<Long> incidents = changed.incidents();
        Set<String> touched = new HashSet<>(changed.places());
        for (TerritorialClaim t : claims.values()) {
            if (incidents.contains(t.incidentId())) {
                touched.add(t.place().placeKey());
            }
        }
        for (List<Long> chunk : Sql.chunks(incidents)) {
            Sql.list(c, "SELECT DISTINCT e.place_key FROM event e WHERE e.incident_id IN ("
                    + Sql.placeholders(chunk.size()) + ") AND e.territorial = TRUE AND e.place_key IS NOT NULL",
                    chunk, rs -> touched.add(rs.getString(1)));
        }
        claims.values().removeIf(t -> touched.contains(t.place().placeKey()));
        for (List<String> chunk : Sql.chunks(touched)) {
            for (TerritorialClaim t : Sql.list(c, select + " AND e.place_key IN (" + Sql.placeholders(chunk.size())
                    + ")", chunk, ControlTimeline::claim)) {
                claims.put(t.claim().eventId(), t);
            }
        }
        return touched;
    }
    /** Builds the touched places' timelines again; keeps the others'. */
    private void rebuild(Set<String> touched) {
        Map<String, List<TerritorialClaim>> ofTouched = new HashMap<>();
        Map<String, Long> firstId = new HashMap<>();
        for (TerritorialClaim t : claims.values()) {
            String place = t.place().placeKey();
            firstId.merge(place, t.claim().eventId(), Math::min);
            if (touched.contains(place)) {
                ofTouched.computeIfAbsent(place, k -> new ArrayList<>()).add(t);
            }
        }
        List<String> places = new ArrayList<>(firstId.keySet());
        places.sort(Comparator.comparingLong(firstId::get));
        Map<String, PlaceTimeline> next = new LinkedHashMap<>();
        for (String place : places) {
            List<TerritorialClaim> list = ofTouched.get(place);
            if (list == null) {
                next.put(place, timelines.get(place));
            } else {
                list.sort(Comparator.comparingLong(t -> t.claim().eventId()));
                next.put(place, TimelineBuilder.build(ControlTimeline.bestPlace(list), list));
            }
        }
        timelines = Collections.unmodifiableMap(next);
    }
}
