package org.sitrep.server.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Events and fatalities per period, split by one key (a side, a type, a governorate), added one
 * incident at a time. The keys come out with the most events first.
 */
public final class Series {
    /** One bar: the period's first day, its events and their fatalities (the conservative figure). */
    public record Point(LocalDate period, long events, long fatalities) {
    }

    /** One key's bars, in time order, with its totals. */
    public record Line(String key, long events, long fatalities, List<Point> points) {
    }

    private final Map<String, Map<LocalDate, long[]>> byKey = new TreeMap<>();

    void add(String key, LocalDate period, int fatalities) {
        long[] p = byKey.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(period, d -> new long[2]);
        p[0]++;
        p[1] += fatalities;
    }

    List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        byKey.forEach((key, periods) -> {
            List<Point> points = new ArrayList<>();
            long events = 0;
            long dead = 0;
            for (Map.Entry<LocalDate, long[]> e : periods.entrySet()) {
                points.add(new Point(e.getKey(), e.getValue()[0], e.getValue()[1]));
                events += e.getValue()[0];
                dead += e.getValue()[1];
            }
            lines.add(new Line(key, events, dead, points));
        });
        lines.sort(Comparator.comparingLong(Line::events).reversed().thenComparing(Line::key));
        return lines;
    }
}
