package org.sitrep.server.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.model.Actor;
import org.sitrep.server.view.IncidentView;
import org.sitrep.store.control.ControlChange;

/**
 * The analysts' charts of a selection of events: events and fatalities per period by the acting
 * side (actor 1's), by event type and by governorate, and the changes of control per period by the
 * side that took the place. Undated events are counted apart, never put on a day by guess.
 */
public final class Analysis {
    /** One period's changes of control, by the taking side. */
    public record Changes(LocalDate period, long changes, Map<String, Long> bySide) {
    }

    /** What {@code GET /api/analysis} answers. */
    public record Result(String interval, LocalDate first, LocalDate last, long events, long fatalities,
            long undated, List<Series.Line> bySide, List<Series.Line> byType, List<Series.Line> byAdmin1,
            List<Changes> controlChanges) {
    }

    static final String UNKNOWN = "unknown";

    private final Interval interval;
    private final Series sides = new Series();
    private final Series types = new Series();
    private final Series admin1 = new Series();
    private final Map<LocalDate, Map<String, Long>> changes = new TreeMap<>();
    private long events;
    private long fatalities;
    private long undated;
    private LocalDate first;
    private LocalDate last;

    public Analysis(Interval interval) {
        this.interval = interval;
    }

    public void add(IncidentView incident) {
        int dead = incident.fatalities() == null ? 0 : incident.fatalities().low();
        if (incident.date() == null) {
            undated++;
            return;
        }
        LocalDate day = incident.date();
        first = first == null || day.isBefore(first) ? day : first;
        last = last == null || day.isAfter(last) ? day : last;
        events++;
        fatalities += dead;
        LocalDate period = interval.start(day);
        Actor actor = incident.actor1();
        sides.add(actor == null || actor.side() == null ? UNKNOWN : actor.side(), period, dead);
        types.add(incident.eventType() == null ? UNKNOWN : incident.eventType(), period, dead);
        String region = incident.location() == null ? null : incident.location().admin1();
        admin1.add(region == null ? UNKNOWN : region, period, dead);
    }

    /** A change of control of a selected event (dated changes only). */
    public void add(ControlChange change) {
        changes.computeIfAbsent(interval.start(change.date()), d -> new TreeMap<>())
                .merge(change.side() == null ? UNKNOWN : change.side(), 1L, Long::sum);
    }

    public Result result() {
        List<Changes> control = changes.entrySet().stream().map(e -> new Changes(e.getKey(),
                e.getValue().values().stream().mapToLong(Long::longValue).sum(), e.getValue())).toList();
        return new Result(interval.name().toLowerCase(java.util.Locale.ROOT), first, last, events, fatalities, undated,
                sides.lines(), types.lines(), admin1.lines(), control);
    }
}
