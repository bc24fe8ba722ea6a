package org.sitrep.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;

/** People killed for who they are, not as fighters: an attack on civilians, whatever their trade. */
class CivilianVictimsTest {
    private static final String VAC = EventType.VIOLENCE_AGAINST_CIVILIANS.label();

    private static String typeOf(String text) {
        List<Event> events = EventFixtures.extracted(text);
        assertEquals(1, events.size(), text + " -> " + events);
        return events.get(0).eventType();
    }

    @Test
    void aWorkerOfAnyTradeShotDeadIsACivilianVictim() {
        assertEquals(VAC, typeOf("On Monday, unknown gunmen shot dead a court employee in Basra."));
        assertEquals(VAC, typeOf("On Monday, gunmen killed a teacher near Tal Sukkar."));
        assertEquals(VAC, typeOf("On Monday, a fisherman was shot dead by gunmen off Basra."));
        assertEquals(VAC, typeOf("On Monday, gunmen assassinated two lawyers in Basra."));
    }

    @Test
    void soldiersKilledAreNot() {
        assertNotEquals(VAC, typeOf("On Monday, gunmen killed two soldiers near Tal Sukkar."));
    }

    @Test
    void gunfireAtPeopleThatKillsACivilianIsAnAttackNotShelling() {
        assertEquals(VAC, typeOf("On Monday, border guards fired on a car near Basra, killing a civilian."));
        assertEquals(VAC, typeOf("On Monday, a civilian was killed when Iraqi police fired on a car near Basra."));
        assertEquals(VAC, typeOf("On Monday, police fired at a group of people in Basra, wounding three civilians."));
    }

    @Test
    void gunfireAtPeopleNamedAsItsTargetIsAnAttackWhoeverWasHit() {
        assertEquals(VAC, typeOf("On Monday, Iraqi police fired at civilians in Basra."));
        assertEquals(VAC, typeOf("On Monday, border guards fired on villagers near Basra."));
        assertEquals(VAC, typeOf("Near Basra on Monday, police fired at residents."));
    }

    @Test
    void gunfireAtFightersOrRocketsFiredStayRemoteViolence() {
        String remote = EventType.EXPLOSIONS.label();
        assertEquals(remote, typeOf("On Monday, the SAA fired at HTS positions near Tal Sukkar."));
        assertEquals(remote, typeOf("On Monday, rebels fired rockets at Kafr Ruwayha, killing two civilians."));
    }

    @Test
    void thePeopleOfAPlaceOrOnTheRoadAreCivilianVictims() {
        assertEquals(VAC, typeOf("On Monday, gunmen killed seven villagers near Tal Sukkar."));
        assertEquals(VAC, typeOf("On Monday, four passengers were shot dead by gunmen near Basra."));
        assertEquals(VAC, typeOf("On Monday, unknown gunmen opened fire on motorists in Basra, killing three pedestrians."));
    }

    @Test
    void aKillingThatNamesNoOneKillsThePeopleTheActBeforeItWasDoneTo() {
        assertEquals(VAC, typeOf("On Monday, gunmen attacked villagers near Tal Sukkar, killing seven."));
        assertEquals(VAC, typeOf("On Monday, unknown gunmen opened fire on residents of Basra, killing four."));
        assertNotEquals(VAC, typeOf("On Monday, gunmen ambushed a patrol of soldiers near Tal Sukkar, killing two."));
    }
}
