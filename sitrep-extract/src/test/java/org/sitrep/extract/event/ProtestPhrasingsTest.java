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
}
