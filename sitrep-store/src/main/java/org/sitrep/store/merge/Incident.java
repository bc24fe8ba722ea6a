package org.sitrep.store.merge;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.Event;
import org.sitrep.store.event.DateWindow;

/**
 * One event as told by one or more reports, merged.
 *
 * @param summary        the most precise, non-denied member event (its date, place and actors)
 * @param window         the days every member's date allows; null when undated
 * @param fatalitiesLow  the lowest fatality count a (non-denying) source gives; claims of 0 ("none
 *                       reported") count only when no source gives a figure
 * @param fatalitiesHigh the highest: differs from the low when sources disagree
 * @param corroboration  how many distinct sources assert, claim or report it
 * @param claims         every source's account, side by side, oldest stored first
 */
public record Incident(
        long id,
        String eventType,
        String subEventType,
        LocalDate date,
        String datePrecision,
        DateWindow window,
        String placeKey,
        int fatalitiesLow,
        int fatalitiesHigh,
        int corroboration,
        Event summary,
        List<Claim> claims) {

    public Incident {
        claims = List.copyOf(claims);
    }

    /** Sources disagree on the number killed. */
    public boolean conflicting() {
        return fatalitiesLow != fatalitiesHigh;
    }

    /** Distinct sources, in claim order; claims with no source name none. */
    public List<String> sources() {
        return Claim.sources(claims);
    }
}
