package org.sitrep.server.export;

import java.util.HashSet;
import java.util.Set;
import org.sitrep.extract.actor.ActorDictionary;
import org.sitrep.extract.actor.ActorEntry;
import org.sitrep.model.Actor;

/**
 * Actors under the names of ACLED's actor list, so that rows join ACLED's own: the dictionary's
 * {@code acled} column ("Military Forces of Syria (2000-)" for the Syrian Arab Army), with the
 * event's country after the generic ones ACLED names so ("Civilians (Syria)",
 * {@code acled-actors-by-country.tsv}). An actor the dictionary does not know keeps its name; an
 * unidentified one is ACLED's "Unidentified Armed Group".
 */
final class AcledActors {
    static final String RESOURCE = "acled-actors-by-country.tsv";
    private static final String UNIDENTIFIED = "Unidentified Armed Group";

    private final ActorDictionary dictionary;
    private final Set<String> byCountry = new HashSet<>();

    AcledActors(ActorDictionary dictionary) {
        this.dictionary = dictionary;
        for (String[] row : TsvResource.rows(RESOURCE, 1)) {
            byCountry.add(row[0]);
        }
    }

    /** The ACLED name of an actor of an event in {@code country} (ACLED's English name, may be empty). */
    String name(Actor a, String country) {
        if (a == null || a.name() == null) {
            return "";
        }
        String acled = dictionary.byName(a.name()).map(ActorEntry::acled)
                .orElse(Actor.UNIDENTIFIED.equals(a.side()) ? UNIDENTIFIED : a.name());
        return byCountry.contains(acled) && country != null && !country.isBlank() ? acled + " (" + country + ")"
                : acled;
    }
}
