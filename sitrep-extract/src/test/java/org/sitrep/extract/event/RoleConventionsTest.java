package org.sitrep.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.sitrep.extract.event.EventFixtures.ACTORS;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.actor.ActorEntry;
import org.sitrep.extract.actor.ActorResolver;
import org.sitrep.extract.count.Casualties;
import org.sitrep.extract.rules.Draft;
import org.sitrep.extract.rules.Roles;
import org.sitrep.extract.rules.TriggerCategory;

class RoleConventionsTest {
    private static final ActorEntry ARMY = ACTORS.byName("Syrian Arab Army").orElseThrow();
    private static final ActorEntry HTS = ACTORS.byName("Hay'at Tahrir al-Sham").orElseThrow();
    private static final ActorEntry CIVILIANS = ACTORS.byName("Civilians").orElseThrow();
    private final RoleConventions conventions = new RoleConventions(ACTORS);

    private Parties apply(TriggerCategory kind, ActorEntry actor1, ActorEntry actor2) {
        return apply(kind, actor1, actor2, new ActorResolver(ACTORS));
    }

    private Parties apply(TriggerCategory kind, ActorEntry actor1, ActorEntry actor2, ActorResolver resolver) {
        ParagraphContext ctx = new ParagraphContext("SY");
        ctx.enter(0);
        return conventions.apply(kind, new Roles(actor1, List.of(), actor2, List.of()), Casualties.NONE,
                new ArrayList<>(), ctx, resolver);
    }

    @Test
    void civiliansDoNotFightOrShellTheyAreWhomItHappenedTo() {
        Parties shelled = apply(TriggerCategory.SHELL, CIVILIANS, null);
        assertEquals(CIVILIANS, shelled.actor2());
        assertEquals("Unidentified armed group", shelled.actor1().name());
    }

    @Test
    void theSideThatLostFightersIsActedUponByItsLastOpponent() {
        ActorResolver resolver = new ActorResolver(ACTORS);
        resolver.remember(ARMY);
        resolver.remember(HTS);
        Parties losses = apply(TriggerCategory.LOSSES, HTS, null, resolver);
        assertEquals(HTS, losses.actor2());
        assertEquals(ARMY, losses.actor1());
    }

    @Test
    void protestersAreTheirProtestsFirstActorAndWhoeverDispersedThemTheSecond() {
        Parties dispersed = apply(TriggerCategory.INTERVENTION, ARMY, null);
        assertEquals("protesters", dispersed.actor1().side());
        assertEquals(ARMY, dispersed.actor2());
    }

    @Test
    void aChangeOfControlWithNoKnownTakerIsNotRecorded() {
        assertNull(apply(TriggerCategory.TAKE, null, null));
        assertEquals(HTS, apply(TriggerCategory.TAKE, HTS, null).actor1());
    }

    @Test
    void anAttackOnCiviliansWithNoNamedAttackerIsByAnUnidentifiedGroup() {
        Parties attack = apply(TriggerCategory.ATTACK_CIVILIANS, null, null);
        assertEquals("Unidentified armed group", attack.actor1().name());
        assertEquals(CIVILIANS, attack.actor2());
    }

    @Test
    void theSameSideOnBothEndsOfAStrikeIsOneAttacker() {
        ActorEntry ndf = ACTORS.entries().stream().filter(e -> "government".equals(e.side()) && !e.equals(ARMY)
                && e.kind() == ARMY.kind()).findFirst().orElseThrow();
        Parties strike = apply(TriggerCategory.AIR, ARMY, ndf);
        assertEquals(ARMY, strike.actor1());
        assertNull(strike.actor2());
        assertEquals(List.of(ndf), strike.assoc1());
    }

    @Test
    void theSentencesFirstTakerTakesTheNextPlaceToo() {
        ParagraphContext ctx = new ParagraphContext("SY");
        ctx.enter(0);
        Draft first = new Draft(0, 0);
        first.actor1 = ARMY;
        List<Draft> made = new ArrayList<>(List.of(first));
        Parties second = conventions.apply(TriggerCategory.TAKE, new Roles(null, List.of(), null, List.of()),
                Casualties.NONE, made, ctx, new ActorResolver(ACTORS));
        assertEquals(ARMY, second.actor1());
    }
}
