package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.actor.ActorDictionary;
import org.sitrep.gazetteer.Gazetteers;
import org.sitrep.model.Event;

/**
 * Reports written for this test over the built-in gazetteer, which holds villages named like news
 * agencies and like words that open sentences: the agency a report cites and a quantifier that opens
 * a sentence are no places of its events.
 */
class CitedAgenciesTest {
    private static final RuleBasedExtractor EXTRACTOR =
            new RuleBasedExtractor(ActorDictionary.bundled(), Gazetteers.builtin().geocoder());

    /** The distinct places of the report's events. */
    private static Set<String> places(String body) {
        return EXTRACTOR.extract(TestReports.of(body, LocalDate.of(2024, 3, 5))).stream()
                .map(Event::location).map(l -> l == null ? "none" : l.name()).collect(Collectors.toSet());
    }

    @Test
    void theAgencyThatSaysSoIsNoPlace() {
        assertEquals(Set.of("Sarmin"), places("Shelling killed 4 civilians in Sarmin in Idlib province. SANA said the army "
                + "shelled the town."));
    }

    @Test
    void aQuantifierOpeningAQuoteIsNoPlace() {
        Set<String> places = places("A car bomb exploded in Qamishli, killing 4 people. \"Most of the shops near the "
                + "blast were wrecked\", a trader told Reuters.");
        assertEquals(Set.of("Al Qamishli"), places);
    }
}
