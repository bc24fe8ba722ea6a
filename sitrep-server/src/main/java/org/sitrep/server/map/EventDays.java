package org.sitrep.server.map;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.server.index.MatchSink;

/**
 * How many events (merged incidents) fall on each day, by the dates of the accounts that match a
 * query (the dates the date filters test): the web map's time slider takes its range from the first
 * and last day and draws the counts under itself. Fed the matching accounts one by one.
 */
public final class EventDays implements MatchSink {
    private final Map<Integer, Set<Long>> byDay = new TreeMap<>();
    private final Set<Long> dated = new HashSet<>();
    private final Set<Long> undated = new HashSet<>();

    /** The events of one day. */
    public record Day(LocalDate date, long events) {
    }

    /**
     * @param first   the first day with an event, null when no event has a date
     * @param undated events told only with an unknown date (or year): they are on no day
     */
    public record Days(LocalDate first, LocalDate last, long undated, List<Day> days) {
    }

    @Override
    public void accept(long incidentId, int day, String eventType, double latitude, double longitude,
            double northing) {
        if (day == Integer.MIN_VALUE) {
            undated.add(incidentId);
        } else {
            byDay.computeIfAbsent(day, d -> new HashSet<>()).add(incidentId);
            dated.add(incidentId);
        }
    }

    public Days days() {
        List<Day> days = new ArrayList<>(byDay.size());
        byDay.forEach((d, incidents) -> days.add(new Day(LocalDate.ofEpochDay(d), incidents.size())));
        long onlyUndated = undated.stream().filter(i -> !dated.contains(i)).count();
        return new Days(days.isEmpty() ? null : days.get(0).date(),
                days.isEmpty() ? null : days.get(days.size() - 1).date(), onlyUndated, days);
    }
}
