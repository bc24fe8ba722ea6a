package org.sitrep.store.merge;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.store.db.Sql;
import org.sitrep.store.event.DateWindow;
import org.sitrep.store.event.EventRow;
import org.sitrep.store.event.EventStore;

/**
 * Puts each stored event into an incident: the incident of the same event type at the same place
 * (see {@link org.sitrep.store.event.PlaceKey}) whose date window overlaps the event's and whose
 * members' sides are all compatible with it ({@link Sides}); else a new incident. An incident's
 * summary columns are recomputed from its members whenever they change. Runs inside the
 * report's write transaction.
 */
public final class EventMerger {

    /** Assigns a just-inserted event to an incident, updating that incident; returns its id. */
    public long assign(Connection c, long eventId, EventRow row) throws SQLException {
        Long incident = findMatch(c, row);
        if (incident == null) {
            incident = Sql.insert(c, "INSERT INTO incident (event_type, place_key, window_start, window_end,"
                    + " month_day, fatalities_low, fatalities_high, claim_count, corroboration, summary_json)"
                    + " VALUES (?, ?, ?, ?, ?, 0, 0, 0, 0, '{}')",
                    Arrays.asList(row.event().eventType(), row.placeKey(),
                            row.window() == null ? null : row.window().start(),
                            row.window() == null ? null : row.window().end(),
                            row.event().monthDay()));
        }
        EventStore.assignIncident(c, eventId, incident);
        recompute(c, incident);
        return incident;
    }

    private Long findMatch(Connection c, EventRow row) throws SQLException {
        if (row.placeKey() == null) {
            return null;
        }
        List<Long> candidates;
        if (row.window() != null) {
            candidates = Sql.list(c, "SELECT id FROM incident WHERE event_type = ? AND place_key = ?"
                    + " AND window_start <= ? AND window_end >= ? ORDER BY id",
                    List.of(row.event().eventType(), row.placeKey(), row.window().end(), row.window().start()),
                    rs -> rs.getLong(1));
        } else if (row.event().monthDay() != null) {
            // known by day and month only: the same day-month, never guessed into a year
            candidates = Sql.list(c, "SELECT id FROM incident WHERE event_type = ? AND place_key = ?"
                    + " AND window_start IS NULL AND month_day = ? ORDER BY id",
                    List.of(row.event().eventType(), row.placeKey(), row.event().monthDay()), rs -> rs.getLong(1));
        } else {
            return null;
        }
        Sides sides = new Sides(row.actor1Side(), row.actor2Side(), row.territorial());
        for (long id : candidates) {
            List<Sides> members = Sql.list(c, "SELECT actor1_side, actor2_side, territorial FROM event"
                    + " WHERE incident_id = ?", List.of(id),
                    rs -> new Sides(rs.getString(1), rs.getString(2), rs.getBoolean(3)));
            if (members.stream().allMatch(sides::compatibleWith)) {
                return id;
            }
        }
        return null;
    }

    /** Recomputes the incidents' summaries from their members; deletes those left empty. */
    public void recomputeAll(Connection c, Iterable<Long> incidentIds) throws SQLException {
        for (long id : incidentIds) {
            recompute(c, id);
        }
    }

    private void recompute(Connection c, long incidentId) throws SQLException {
        List<Member> members = Sql.list(c, "SELECT id, event_date, date_precision, window_start, window_end,"
                + " month_day, sub_event_type, territorial, source_key, modality, fatalities, confidence,"
                + " geo_precision, place_name, admin1, country, latitude, longitude, event_json"
                + " FROM event WHERE incident_id = ? ORDER BY id", List.of(incidentId), rs -> new Member(
                        rs.getLong("id"), Sql.getDate(rs, "event_date"), rs.getString("date_precision"),
                        window(Sql.getDate(rs, "window_start"), Sql.getDate(rs, "window_end")),
                        rs.getString("month_day"), rs.getString("sub_event_type"), rs.getBoolean("territorial"),
                        rs.getString("source_key"), rs.getString("modality"), rs.getInt("fatalities"),
                        rs.getDouble("confidence"), Sql.getInteger(rs, "geo_precision"),
                        rs.getString("place_name"), rs.getString("admin1"), rs.getString("country"),
                        Sql.getDoubleOrNull(rs, "latitude"), Sql.getDoubleOrNull(rs, "longitude"),
                        rs.getString("event_json")));
        if (members.isEmpty()) {
            Sql.update(c, "DELETE FROM incident WHERE id = ?", List.of(incidentId));
            return;
        }
        DateWindow window = null;
        for (Member m : members) {
            if (m.window != null) {
                window = window == null ? m.window : window.intersect(m.window);
            }
        }
        List<Member> asserting = members.stream().filter(m -> !"denied".equals(m.modality)).toList();
        List<Member> counted = asserting.isEmpty() ? members : asserting;
        // 0 means "none reported" in the model: a source that gives no figure disputes no figure
        int low = counted.stream().mapToInt(Member::fatalities).filter(f -> f > 0).min().orElse(0);
        int high = counted.stream().mapToInt(Member::fatalities).max().orElse(0);
        Set<String> sources = new HashSet<>();
        for (Member m : asserting) {
            sources.add(m.sourceKey == null ? "" : m.sourceKey);
        }
        Member rep = counted.stream().min(REPRESENTATIVE).orElseThrow();
        Sql.update(c, "UPDATE incident SET sub_event_type = ?, window_start = ?, window_end = ?, month_day = ?,"
                + " event_date = ?, date_precision = ?, place_name = ?, admin1 = ?, country = ?, latitude = ?,"
                + " longitude = ?, fatalities_low = ?, fatalities_high = ?, claim_count = ?, corroboration = ?,"
                + " summary_json = ? WHERE id = ?",
                Arrays.asList(rep.subEventType, window == null ? null : window.start(),
                        window == null ? null : window.end(), rep.monthDay, rep.date, rep.datePrecision,
                        rep.placeName, rep.admin1, rep.country, rep.latitude, rep.longitude, low, high,
                        members.size(), sources.size(), rep.json, incidentId));
    }

    private static DateWindow window(LocalDate start, LocalDate end) {
        return start == null || end == null ? null : new DateWindow(start, end);
    }

    /** A change of control first, then the finest date, the finest place, the most confident. */
    private static final Comparator<Member> REPRESENTATIVE = Comparator
            .comparing((Member m) -> !m.territorial)
            .thenComparingInt(m -> precisionRank(m.date, m.datePrecision))
            .thenComparingInt(m -> m.geoPrecision == null ? Integer.MAX_VALUE : m.geoPrecision)
            .thenComparing(Comparator.comparingDouble(Member::confidence).reversed())
            .thenComparingLong(Member::id);

    private static int precisionRank(LocalDate date, String precision) {
        if (date == null) {
            return 9;
        }
        if (precision == null) {
            return 0;
        }
        return switch (precision.toLowerCase(java.util.Locale.ROOT)) {
            case "week" -> 1;
            case "month" -> 2;
            case "year" -> 3;
            default -> 0;
        };
    }

    private record Member(long id, LocalDate date, String datePrecision, DateWindow window, String monthDay,
            String subEventType, boolean territorial, String sourceKey, String modality, int fatalities,
            double confidence, Integer geoPrecision, String placeName, String admin1, String country,
            Double latitude, Double longitude, String json) {
    }
}
