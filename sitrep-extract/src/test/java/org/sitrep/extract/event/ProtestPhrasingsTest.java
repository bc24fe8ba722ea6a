package org.sitrep.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;

/** Ways of telling a protest, and a protest broken up told as one event. */
class ProtestPhrasingsTest {

    private static Event onlyOne(String text) {
        List<Event> events = EventFixtures.extracted(text);
        assertEquals(1, events.size(), text + " -> " + events);
        return events.get(0);
    }

    private static void noProtest(String text) {
        List<Event> events = EventFixtures.extracted(text);
        assertTrue(events.stream().noneMatch(e -> EventType.PROTESTS.label().equals(e.eventType())),
                text + " -> " + events);
    }

    @Test
    void aProtestThePoliceBrokeUpIsOneProtestWithIntervention() {
        assertEquals("Protest with intervention",
                onlyOne("On Friday, police fired tear gas at a rally in Basra.").subEventType());
        assertEquals("Protest with intervention",
                onlyOne("On Friday, demonstrators in Basra were dispersed with water cannons.").subEventType());
        assertEquals("Protest with intervention",
                onlyOne("On Friday, police dispersed the demonstrators who had protested in Basra.").subEventType());
    }

    @Test
    void aMarchNamedAsANounInLowerCaseIsAProtestNeverTheMonth() {
        assertEquals(EventType.PROTESTS.label(),
                onlyOne("On Friday, a weekly march set off from the square in Basra.").eventType());
        assertEquals("Protest with intervention",
                onlyOne("On Friday, soldiers fired tear gas at the weekly march in Basra.").subEventType());
        noProtest("In March, the army launched an offensive on Kafr Ruwayha.");
        noProtest("The March offensive on Kafr Ruwayha killed four soldiers on Friday.");
    }

    @Test
    void aSitInSpelledWithoutItsHyphenIsAProtest() {
        assertEquals(EventType.PROTESTS.label(), onlyOne("On Friday, a sit in was held by teachers in Basra.").eventType());
    }

    @Test
    void roadsBlockedWithBurningTyresAreAProtestTyresBurnedForSmokeAreNot() {
        assertEquals(EventType.PROTESTS.label(),
                onlyOne("On Friday, workers blocked the main road in Basra with burning tyres.").eventType());
        assertEquals(EventType.PROTESTS.label(),
                onlyOne("On Friday, residents burned tires in the streets of Basra over power cuts.").eventType());
        noProtest("On Friday, a man rode past burning tyres used as smoke cover from jets in Kafr Ruwayha.");
    }
}
