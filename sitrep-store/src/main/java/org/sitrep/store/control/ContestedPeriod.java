package org.sitrep.store.control;

import java.time.LocalDate;
import java.util.List;

/**
 * Days when sources disagree about who holds a place: changes of control to different sides whose
 * date windows overlap, or a change that a source denies.
 *
 * @param sides   the sides claimed to hold the place in this period
 * @param changes the conflicting changes, with their sources
 */
public record ContestedPeriod(LocalDate from, LocalDate to, List<String> sides, List<ControlChange> changes) {
    public ContestedPeriod {
        sides = List.copyOf(sides);
        changes = List.copyOf(changes);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
