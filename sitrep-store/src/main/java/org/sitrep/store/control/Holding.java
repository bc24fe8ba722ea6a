package org.sitrep.store.control;

import java.time.LocalDate;
import java.util.List;

/**
 * Who held a place on a date, and on whose word.
 *
 * @param side         the holding side; null when unknown (no change recorded yet) or contested
 * @param basis        the latest change of control on or before the date, or null
 * @param contested    sources disagree about the latest change
 * @param claimedSides the sides sources give for the place at that date
 */
public record Holding(PlaceRef place, LocalDate on, String side, ControlChange basis, boolean contested,
        List<String> claimedSides) {

    public Holding {
        claimedSides = List.copyOf(claimedSides);
    }

    /** The date the holder took the place, or null. */
    public LocalDate since() {
        return basis == null ? null : basis.date();
    }

    public boolean known() {
        return side != null;
    }
}
