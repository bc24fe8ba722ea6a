package org.sitrep.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;

/** What a protest is against is its cause, not an event of the report. */
class ProtestCauseTest {

    private static void onlyAProtest(String text) {
        List<Event> events = EventFixtures.extracted(text);
        assertEquals(1, events.size(), text + " -> " + events);
        assertEquals(EventType.PROTESTS.label(), events.get(0).eventType(), text);
    }

    @Test
    void anAssaultRalliedAgainstIsNoFight() {
        onlyAProtest("On Monday, hundreds rallied in Basra against the army's assault on Tal Sukkar.");
    }

    @Test
    void strikesDenouncedByGatheredDemonstratorsAreNoStrikeNorASecondProtest() {
        onlyAProtest("On Monday, demonstrators gathered in Basra, denouncing the air strikes on Kafr Ruwayha.");
    }

    @Test
    void shellingASitInCondemnsIsNoShelling() {
        onlyAProtest("On Monday, a sit-in was held in Basra to condemn the shelling of Kafr Ruwayha.");
    }

    @Test
    void aKillingProtestedOverIsNoKilling() {
        onlyAProtest("On Monday, students protested in Basra over the killing of a teacher by police.");
    }

    @Test
    void killingsAMarchCommemoratesAreNoEventNorItsDeaths() {
        onlyAProtest("On Monday, villagers marched in Basra to commemorate four men who were executed last year.");
        List<Event> mourning = EventFixtures.extracted("On Monday, hundreds protested in Basra, mourning two students "
                + "shot dead by police.");
        assertEquals(1, mourning.size(), mourning.toString());
        assertEquals(0, mourning.get(0).fatalities());
    }

    @Test
    void deathsToldAfterAStrikeInTheProtestsSentenceAreTheStrikes() {
        List<Event> events = EventFixtures.extracted("On Monday, hundreds rallied against the siege in Basra, and "
                + "hours later jets struck Kafr Ruwayha, killing four civilians.");
        assertTrue(events.stream().anyMatch(e -> EventType.EXPLOSIONS.label().equals(e.eventType())
                && e.fatalities() == 4), events.toString());
        assertTrue(events.stream().filter(e -> EventType.PROTESTS.label().equals(e.eventType()))
                .allMatch(e -> e.fatalities() == 0), events.toString());
    }

    @Test
    void anActToldFarAfterTheProtestsCauseIsAnEvent() {
        List<Event> events = EventFixtures.extracted("On Monday, hundreds rallied against the siege in Basra, and "
                + "hours later jets struck Kafr Ruwayha.");
        assertTrue(events.stream().anyMatch(e -> EventType.EXPLOSIONS.label().equals(e.eventType())),
                events.toString());
    }
}
