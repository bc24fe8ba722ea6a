package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.actor.ActorDictionary;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

/**
 * A sentence that only counts the dead or wounded of a violent act the paragraph just told ("At
 * least 15 people were killed.") is that act's toll, as a coder counts it, not another act by an
 * unknown group. Told with an author or a place of its own, or after a peaceful act, it stays an
 * event. Sentences written for these tests, over the fake gazetteer's villages.
 */
class TollSentencesTest {
    private static final RuleBasedExtractor EXTRACTOR =
            new RuleBasedExtractor(ActorDictionary.bundled(), new FakeGeocoder());

    private static List<Event> extract(String body) {
        return EXTRACTOR.extract(TestReports.of(body, LocalDate.of(2024, 3, 12)));
    }

    /** The events, none of which is told by the toll sentence alone; their deaths add up to {@code dead}. */
    private static void assertToll(String act, String toll, int dead) {
        List<Event> events = extract(act + " " + toll);
        assertFalse(events.isEmpty(), act);
        assertTrue(events.stream().noneMatch(e -> e.evidence().text().equals(toll)), events.toString());
        assertEquals(dead, events.stream().mapToInt(Event::fatalities).sum(),
                events.toString());
    }

    @Test
    void theDeadCountedAfterATakingAreItsToll() {
        assertToll("HTS fighters captured Tal Sukkar after clashes with the army on Monday.",
                "At least 15 people were killed.", 15);
    }

    @Test
    void theDeadCountedAfterAShellingAreItsTollWhateverTheWords() {
        assertToll("The army shelled Kafr Ruwayha on Tuesday.", "Three civilians were reportedly killed.", 3);
        assertToll("Kafr Ruwayha was shelled by the army on Tuesday.", "Two children have been killed.", 2);
    }

    @Test
    void deathsTheSourceDidNotCountAreStillTheActsToll() {
        assertToll("The army shelled Kafr Ruwayha on Tuesday.", "A number of fighters were killed.", 0);
        assertToll("Jets struck rebel positions in Tal Sukkar on Monday.",
                "An undisclosed number of militants were reportedly killed.", 0);
        assertToll("Rebels attacked army positions in Kafr Ruwayha on Tuesday.", "Several soldiers have been killed.", 0);
    }

    @Test
    void protestersKilledDuringTheirProtestAreCountedAsTheForceUsedOnThem() {
        List<Event> events = extract("Police killed three demonstrators in Kafr Ruwayha on Tuesday during a march.");
        assertTrue(events.stream().anyMatch(e -> SubEventType.EXCESSIVE_FORCE.label().equals(e.subEventType())), events.toString());
        assertEquals(3, events.stream().mapToInt(Event::fatalities).sum(), events.toString());
    }

    @Test
    void theWoundedCountedAfterAnActMakeNoActOfTheirOwn() {
        assertToll("Rebels attacked army positions in Kafr Ruwayha on Tuesday.", "Four soldiers were wounded.", 0);
    }

    @Test
    void deathsWithAPlaceOfTheirOwnOrAfterAProtestStayEvents() {
        assertEquals(2, extract("The army shelled Kafr Ruwayha on Tuesday. Two civilians were killed in Tal Sukkar.")
                .size());
        assertEquals(2, extract("Residents protested in Kafr Ruwayha on Friday. Two people were killed.").size());
    }
}
