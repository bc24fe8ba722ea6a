package org.sitrep.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.English;
import org.sitrep.extract.count.CasualtyFinder;
import org.sitrep.extract.rules.Draft;
import org.sitrep.extract.rules.TriggerCategory;

class LossAssignerTest {
    private static final CasualtyFinder CASUALTIES = English.casualtyFinder();
    private final LossAssigner losses = new LossAssigner(EventFixtures.ACTORS);

    private static Draft event(TriggerCategory kind) {
        Draft d = new Draft(0, 0);
        d.category = kind;
        return d;
    }

    private static ParagraphContext paragraphThatTold(Draft... drafts) {
        ParagraphContext ctx = new ParagraphContext("SY");
        ctx.enter(0);
        ctx.told(List.of(drafts));
        return ctx;
    }

    @Test
    void aSentencesLossesGoToItsOwnFirstEvent() {
        Draft clash = event(TriggerCategory.CLASH);
        Draft shelling = event(TriggerCategory.SHELL);
        losses.assign(CASUALTIES.find("Seven fighters were killed."), new ArrayList<>(List.of(clash, shelling)),
                paragraphThatTold());
        assertEquals(7, clash.fatalities);
        assertNull(shelling.fatalities);
    }

    @Test
    void aSentenceOfLossesAloneGivesThemToTheParagraphsLastEventUnlessItCountedAlready() {
        Draft clash = event(TriggerCategory.CLASH);
        losses.assign(CASUALTIES.find("Four soldiers died."), new ArrayList<>(), paragraphThatTold(clash));
        assertEquals(4, clash.fatalities);
        losses.assign(CASUALTIES.find("Four soldiers died."), new ArrayList<>(), paragraphThatTold(clash));
        assertEquals(4, clash.fatalities, "told again, not added");
    }

    @Test
    void aSingleDeathSaidToBeAlsoAddsToTheToll() {
        Draft clash = event(TriggerCategory.CLASH);
        clash.fatalities = 7;
        losses.assign(CASUALTIES.find("A militia commander was also killed."), new ArrayList<>(), paragraphThatTold(clash));
        assertEquals(8, clash.fatalities);
        losses.assign(CASUALTIES.find("A rebel commander was also shot dead near the town."), new ArrayList<>(),
                paragraphThatTold(clash));
        assertEquals(9, clash.fatalities);
        losses.assign(CASUALTIES.find("A rebel commander was killed."), new ArrayList<>(), paragraphThatTold(clash));
        assertEquals(9, clash.fatalities, "without 'also', the one dead may be among those counted");
    }

    @Test
    void aSentenceOfLossesAloneSaidToComeOnTopAddsToTheToll() {
        Draft strike = event(TriggerCategory.AIR);
        strike.fatalities = 4;
        losses.assign(CASUALTIES.find("Six more bodies were later dug out of the ruins."), new ArrayList<>(),
                paragraphThatTold(strike));
        assertEquals(10, strike.fatalities);
        losses.assign(CASUALTIES.find("Another 2 villagers died in hospital."), new ArrayList<>(),
                paragraphThatTold(strike));
        assertEquals(12, strike.fatalities);
        losses.assign(CASUALTIES.find("The raid killed 12 people, with dozens more hurt."), new ArrayList<>(),
                paragraphThatTold(strike));
        assertEquals(12, strike.fatalities, "'more' of the wounded puts no dead on top");
    }

    @Test
    void theDeathsAProtestIsAboutAreNotItsOwn() {
        Draft protest = event(TriggerCategory.PROTEST);
        losses.assign(CASUALTIES.find("They denounced the killing of three civilians."), new ArrayList<>(List.of(protest)),
                paragraphThatTold());
        assertNull(protest.fatalities);
    }

    @Test
    void civiliansKilledByAStrikeWithNoTargetAreItsTarget() {
        Draft strike = event(TriggerCategory.AIR);
        losses.assign(CASUALTIES.find("Two children were killed."), new ArrayList<>(List.of(strike)), paragraphThatTold());
        assertEquals("civilians", strike.actor2.side());
    }
}
