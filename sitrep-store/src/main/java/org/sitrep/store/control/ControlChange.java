package org.sitrep.store.control;

import java.time.LocalDate;
import java.util.List;
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

    /** Distinct sources, in claim order; claims with no source name none. */
    public List<String> sources() {
        return Claim.sources(claims);
    }
}
