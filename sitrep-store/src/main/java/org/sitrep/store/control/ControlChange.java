package org.sitrep.store.control;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.store.event.DateWindow;
import org.sitrep.store.merge.Claim;

/**
 * One change of control of a place: a territorial incident, with every source that tells it.
 *
 * @param side     the side that took the place (actor1's side), or "unidentified"
 * @param actor    the actor that took it, as the representative claim names it
 * @param window   the days the claims' date precision allows
 * @param disputed a source denies it
 * @param claims   the sources' accounts with their evidence; denials included
 */
public record ControlChange(
        long incidentId,
        LocalDate date,
        String datePrecision,
        DateWindow window,
        String side,
        String actor,
        boolean disputed,
        List<Claim> claims) {

    public ControlChange {
        claims = List.copyOf(claims);
    }

    /** Distinct sources, in claim order. */
    public List<String> sources() {
        Set<String> s = new LinkedHashSet<>();
        for (Claim c : claims) {
            s.add(c.source());
        }
        return List.copyOf(s);
    }
}
