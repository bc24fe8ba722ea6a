package org.sitrep.store.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A place's control timeline: its dated changes of control in order, the periods when sources
 * disagree, and the changes whose year is unknown (kept, never placed in time by guess).
 */
public record PlaceTimeline(PlaceRef place, List<ControlChange> changes, List<ContestedPeriod> contested,
        List<ControlChange> undated) {

    public PlaceTimeline {
        changes = List.copyOf(changes);
        contested = List.copyOf(contested);
        undated = List.copyOf(undated);
    }

    /**
     * Who held the place on {@code date}: the side of the latest change dated on or before it;
     * contested (with no single side) when that change belongs to a period sources disagree on.
     */
    public Holding holderOn(LocalDate date) {
        ControlChange last = null;
        for (ControlChange c : changes) {
            if (!c.date().isAfter(date)) {
                last = c;
            }
        }
        if (last == null) {
            return new Holding(place, date, null, null, false, List.of());
        }
        Optional<ContestedPeriod> period = periodOf(last);
        if (period.isPresent()) {
            List<String> sides = new ArrayList<>();
            for (ControlChange c : period.get().changes()) {
                if (!c.date().isAfter(date) && !sides.contains(c.side())) {
                    sides.add(c.side());
                }
            }
            boolean disagree = sides.size() > 1 || period.get().changes().stream()
                    .anyMatch(c -> c.disputed() && !c.date().isAfter(date));
            if (disagree) {
                return new Holding(place, date, null, last, true, sides);
            }
        }
        return new Holding(place, date, last.side(), last, false, List.of(last.side()));
    }

    private Optional<ContestedPeriod> periodOf(ControlChange change) {
        return contested.stream().filter(p -> p.changes().contains(change)).findFirst();
    }
}
