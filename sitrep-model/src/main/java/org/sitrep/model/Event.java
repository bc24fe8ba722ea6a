package org.sitrep.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One event as told by one report. Field names follow the event JSON the scorer reads
 * (snake_case when serialised).
 *
 * @param report        the report's id
 * @param date          null when the year is unknown (never guessed)
 * @param monthDay      "--MM-DD" when the day is known but the year is not, else null
 * @param fatalities    ACLED's conservative count; 0 when none are reported
 * @param prisoners     people captured, or null
 * @param materiel      materiel losses as written ("2 battle tanks"), possibly empty
 * @param confidence    in [0, 1]
 */
public record Event(
        String report,
        LocalDate date,
        String datePrecision,
        String monthDay,
        String eventType,
        String subEventType,
        Actor actor1,
        Actor actor2,
        List<Actor> assocActor1,
        List<Actor> assocActor2,
        Location location,
        String country,
        int fatalities,
        Integer prisoners,
        List<String> materiel,
        Attribution attribution,
        double confidence,
        Evidence evidence) {

    public Event {
        assocActor1 = assocActor1 == null ? List.of() : List.copyOf(assocActor1);
        assocActor2 = assocActor2 == null ? List.of() : List.copyOf(assocActor2);
        materiel = materiel == null ? List.of() : List.copyOf(materiel);
    }

    public boolean isTerritorial() {
        return subEventType != null && SubEventType.fromLabel(subEventType).isTerritorial();
    }
}
