package org.sitrep.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;

/** Arrests made in a battle or at a protest are part of it, as ACLED codes them. */
class ArrestsFoldedTest {

    private static Event onlyOne(String text) {
        List<Event> events = EventFixtures.extracted(text);
        assertEquals(1, events.size(), text + " -> " + events);
        return events.get(0);
    }

    @Test
    void arrestsInABattleAreItsPrisoners() {
        Event battle = onlyOne("On Monday, the SAA killed ten HTS fighters and arrested twelve others in Tal Sukkar.");
        assertEquals(EventType.BATTLES.label(), battle.eventType());
        assertEquals(12, battle.prisoners());
        Event told = onlyOne("On Monday, HTS clashed with the SAA in Tal Sukkar. Six HTS members were also arrested in "
                + "Tal Sukkar.");
        assertEquals(EventType.BATTLES.label(), told.eventType());
    }

    @Test
    void protestersDetainedMakeTheProtestOneWithIntervention() {
        Event protest = onlyOne("On Monday, police detained three youths as they broke up a protest in Basra.");
        assertEquals("Protest with intervention", protest.subEventType());
    }

    @Test
    void anArrestElsewhereInTheParagraphStaysAnArrest() {
        List<Event> events = EventFixtures.extracted("On Monday, HTS clashed with the SAA in Tal Sukkar. Police "
                + "arrested two smugglers in Basra.");
        assertTrue(events.stream().anyMatch(e -> "Arrests".equals(e.subEventType())), events.toString());
    }
}
