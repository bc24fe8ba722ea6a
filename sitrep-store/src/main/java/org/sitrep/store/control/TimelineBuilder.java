package org.sitrep.store.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Actor;
import org.sitrep.store.event.DateWindow;
import org.sitrep.store.merge.Claim;

/**
 * Builds a place's timeline from its territorial claims: one change per incident (claims of the
 * same change by several sources were merged into one incident), ordered by date; changes whose
 * windows overlap (directly or through each other) form one period, contested when they give
 * the place to different sides or a source denies one of them.
 */
final class TimelineBuilder {
    private TimelineBuilder() {
    }

    static PlaceTimeline build(PlaceRef place, List<TerritorialClaim> claims) {
        Map<Long, List<TerritorialClaim>> byIncident = new LinkedHashMap<>();
        for (TerritorialClaim c : claims) {
            byIncident.computeIfAbsent(c.incidentId(), k -> new ArrayList<>()).add(c);
        }
        List<ControlChange> dated = new ArrayList<>();
        List<ControlChange> undated = new ArrayList<>();
        for (Map.Entry<Long, List<TerritorialClaim>> e : byIncident.entrySet()) {
            List<TerritorialClaim> asserting = e.getValue().stream().filter(c -> !c.claim().denied()).toList();
            if (asserting.isEmpty()) {
                continue; // only denials: nobody says the place changed hands
            }
            ControlChange change = change(e.getKey(), e.getValue(), asserting);
            (change.window() == null ? undated : dated).add(change);
        }
        dated.sort(Comparator.comparing((ControlChange c) -> c.window().start())
                .thenComparing(ControlChange::date)
                .thenComparingLong(ControlChange::incidentId));
        return new PlaceTimeline(place, dated, contested(dated), undated);
    }

    private static ControlChange change(long incidentId, List<TerritorialClaim> all, List<TerritorialClaim> asserting) {
        String side = asserting.stream().map(TerritorialClaim::sideKey).filter(s -> s != null).findFirst()
                .orElse(Actor.UNIDENTIFIED);
        DateWindow window = null;
        for (TerritorialClaim c : asserting) {
            if (c.window() != null) {
                window = window == null ? c.window() : window.common(c.window());
            }
        }
        TerritorialClaim rep = asserting.stream()
                .filter(c -> c.window() != null)
                .min(Comparator.comparingLong(c -> c.window().end().toEpochDay() - c.window().start().toEpochDay()))
                .orElse(asserting.get(0));
        Claim claim = rep.claim();
        boolean disputed = all.size() != asserting.size();
        return new ControlChange(incidentId, claim.date(), claim.datePrecision(), window, side, claim.actor1(),
                disputed, all.stream().map(TerritorialClaim::claim).toList());
    }

    /** Groups changes whose windows overlap; a group is contested if its sides differ or one is denied. */
    private static List<ContestedPeriod> contested(List<ControlChange> sorted) {
        List<ContestedPeriod> out = new ArrayList<>();
        List<ControlChange> group = new ArrayList<>();
        for (ControlChange c : sorted) {
            if (!group.isEmpty() && c.window().start().isAfter(end(group))) {
                addIfContested(group, out);
                group = new ArrayList<>();
            }
            group.add(c);
        }
        addIfContested(group, out);
        return out;
    }

    private static java.time.LocalDate end(List<ControlChange> group) {
        return group.stream().map(c -> c.window().end()).max(Comparator.naturalOrder()).orElseThrow();
    }

    private static void addIfContested(List<ControlChange> group, List<ContestedPeriod> out) {
        if (group.isEmpty()) {
            return;
        }
        List<String> sides = group.stream().map(ControlChange::side).distinct().toList();
        if (sides.size() > 1 || group.stream().anyMatch(ControlChange::disputed)) {
            out.add(new ContestedPeriod(group.get(0).window().start(), end(group), sides, group));
        }
    }
}
