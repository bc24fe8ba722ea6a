package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.actor.ActorDictionary;
import org.sitrep.gazetteer.Gazetteers;
import org.sitrep.model.Event;

/**
 * Digests, written for these tests: a report whose paragraphs tell the news of several wars. A
 * paragraph whose first placed sentence tells an event at places of one other country is read in
 * that country's war, as "In Myanmar, ..." would be: its police and soldiers are that country's.
 * Over the built-in gazetteer, which places the towns.
 */
class DigestParagraphsTest {
    private static final String UKRAINE = "KYIV, March 4, 2024 - Russian forces shelled Kharkiv on Sunday, killing two "
            + "civilians.\n\n";
    private static final RuleBasedExtractor EXTRACTOR =
            new RuleBasedExtractor(ActorDictionary.bundled(), Gazetteers.builtin().geocoder());

    private static Event last(String body) {
        List<Event> events = EXTRACTOR.extract(TestReports.of(body, LocalDate.of(2024, 3, 4)));
        assertEquals("Russian forces", events.get(0).actor1().name(), events.toString());
        return events.get(events.size() - 1);
    }

    @Test
    void policeInAMyanmarTownAreMyanmarsWhateverTheVoice() {
        Event active = last(UKRAINE + "Police in Mandalay detained 23 students on Monday.");
        assertEquals("Police Forces of Myanmar", active.actor1().name(), active.toString());
        Event passive = last(UKRAINE + "Twenty students were detained by police in Mandalay on Monday.");
        assertEquals("Police Forces of Myanmar", passive.actor1().name(), passive.toString());
    }

    @Test
    void aParagraphOpeningWithATownIsInThatTownsCountry() {
        Event e = last(UKRAINE + "In Mandalay, soldiers detained 23 students on Monday.");
        assertEquals("Military Forces of Myanmar", e.actor1().name(), e.toString());
    }

    @Test
    void soldiersFiringInASudaneseTownAreSudans() {
        Event e = last(UKRAINE + "Soldiers opened fire on protesters in Omdurman, killing three.");
        // force against protesters: ACLED names the protesters first
        assertEquals("Sudanese Armed Forces", e.actor2().name(), e.toString());
        assertEquals("Omdurman", e.location().name());
    }

    @Test
    void aParagraphThatNamesTheReportsCountryOrOnlyAnotherCountryStaysInTheReportsWar() {
        Event both = last(UKRAINE + "Police detained two men in Kharkiv who had returned from Warsaw.");
        assertEquals("Police Forces of Ukraine", both.actor1().name(), both.toString());
        Event country = last(UKRAINE + "Police detained two men who had returned from Poland.");
        assertEquals("Police Forces of Ukraine", country.actor1().name(), country.toString());
    }
}
