package org.sitrep.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.English;
import org.sitrep.extract.text.Token;
import org.sitrep.extract.text.Tokenizer;

class FrameFilterTest {
    static final String DID_NOT_ENTER = "The SAA reached the outskirts but didn't enter Tal Sukkar itself.";
    static final String HAS_NOT_ENTERED = "The army has not entered the town yet.";
    static final String FAILED_TO_CAPTURE = "HTS failed to capture the hill after a night of fighting.";
    static final String TRIED_TO_STORM = "HTS tried to storm the hill at dawn.";
    static final String PREPARING = "The army is preparing to capture Tal Sukkar.";
    static final String WANTS_TO = "The rebels want to capture the town before winter.";
    static final String MANAGED_TO = "The army managed to capture the hill.";
    static final String HABITUAL = "Rebels have repeatedly attacked the checkpoint over the last year.";
    static final String PLAIN = "Rebels attacked the checkpoint at night.";
    static final String CONDITION = "If the rebels captured the bridge, the road would be cut.";

    private static final TriggerLexicon LEXICON = English.triggers();
    private final FrameFilter filter = English.frameFilter();

    private FrameFilter.Verdict judgeFirst(String sentence) {
        Trigger t = LEXICON.find(sentence).get(0);
        return judge(sentence, t);
    }

    private FrameFilter.Verdict judge(String sentence, Trigger t) {
        List<Token> tokens = Tokenizer.tokenize(sentence);
        Clauses c = Clauses.of(tokens, filter.clauseBreaks());
        return filter.judge(sentence, tokens, t, c.startOf(t.start()), c.endOf(t.end(), sentence.length()));
    }

    @Test
    void aNegatedEntryIsNoEvent() {
        int at = DID_NOT_ENTER.indexOf("enter ");
        Trigger enter = new Trigger(TriggerCategory.ENTER, at, at + "enter".length(), "enter");
        assertEquals(FrameFilter.Verdict.NONE, judge(DID_NOT_ENTER, enter));
        assertEquals(FrameFilter.Verdict.NONE, judgeFirst(HAS_NOT_ENTERED));
    }

    @Test
    void aFailedCaptureIsAnAttempt() {
        assertEquals(FrameFilter.Verdict.ATTEMPT, judgeFirst(FAILED_TO_CAPTURE));
        assertEquals(FrameFilter.Verdict.ATTEMPT, judgeFirst(TRIED_TO_STORM));
    }

    @Test
    void aPlanOrWishIsNoEvent() {
        assertEquals(FrameFilter.Verdict.NONE, judgeFirst(PREPARING));
        assertEquals(FrameFilter.Verdict.NONE, judgeFirst(WANTS_TO));
        assertEquals(FrameFilter.Verdict.NONE, judgeFirst(CONDITION));
    }

    @Test
    void anActStillToComeIsNoEvent() {
        String rally = "Police detained activists ahead of the rally.";
        assertEquals(FrameFilter.Verdict.NONE, judge(rally, trigger(rally, "rally")));
        String march = "Leaders were arrested in the run-up to a march against the tax.";
        assertEquals(FrameFilter.Verdict.NONE, judge(march, trigger(march, "march")));
        String attack = "Troops foiled a planned attack on the base.";
        assertEquals(FrameFilter.Verdict.NONE, judge(attack, trigger(attack, "attack")));
        String held = "Police detained activists after the rally.";
        assertEquals(FrameFilter.Verdict.EVENT, judge(held, trigger(held, "rally")));
    }

    private static Trigger trigger(String sentence, String word) {
        return LEXICON.find(sentence).stream().filter(t -> t.text().equals(word)).findFirst().orElseThrow();
    }

    @Test
    void managedToMakesItReal() {
        assertEquals(FrameFilter.Verdict.EVENT, judgeFirst(MANAGED_TO));
    }

    @Test
    void aHabitIsNoEventOfTheReportsDays() {
        assertEquals(FrameFilter.Verdict.NONE, judgeFirst(HABITUAL));
        assertEquals(FrameFilter.Verdict.EVENT, judgeFirst(PLAIN));
    }

    @Test
    void ongoingFightingAndPeacefulHandovers() {
        assertTrue(filter.saysOngoing("An intense fighting is ongoing in the village."));
        assertTrue(filter.saysOngoing("Clashes continue on the outskirts."));
        assertFalse(filter.saysOngoing("The fighting ended at noon."));
        assertTrue(filter.saysNoFight("The rebels left the town without a fight."));
        assertTrue(filter.saysNoFight("The hill was handed over under the agreement."));
        assertFalse(filter.saysNoFight("The hill was stormed at dawn."));
    }

    @Test
    void clauseBreaksComeFromTheLexicon() {
        assertTrue(filter.clauseBreaks().contains("while"));
        assertTrue(filter.clauseBreaks().contains(";"));
    }

    /** The verdict on the protest trigger of the sentence (its first PROTEST trigger). */
    private FrameFilter.Verdict judgeProtest(String sentence) {
        Trigger t = LEXICON.find(sentence).stream().filter(x -> x.category() == TriggerCategory.PROTEST)
                .findFirst().orElseThrow(() -> new AssertionError("no protest trigger in: " + sentence));
        return judge(sentence, t);
    }

    @Test
    void aCrowdThatGatheredToProtestProtested() {
        assertEquals(FrameFilter.Verdict.EVENT, judgeProtest("Workers gathered outside the ministry to protest unpaid wages."));
        assertEquals(FrameFilter.Verdict.EVENT, judgeProtest("Bakers gathered in front of the provincial governor's "
                + "office in the old town to protest the price of flour."));
        assertEquals(FrameFilter.Verdict.EVENT, judgeProtest("Teachers assembled in the main square to demand higher pay."));
        assertEquals(FrameFilter.Verdict.EVENT,
                judgeProtest("Farmers rallied in front of parliament on Sunday to denounce a new tax."));
        assertEquals(FrameFilter.Verdict.EVENT,
                judgeProtest("Dozens of retirees stood outside the pension office to voice their anger."));
    }

    @Test
    void aCallToProtestOrAnAssemblyToFightIsNoEvent() {
        assertEquals(FrameFilter.Verdict.NONE, judgeProtest("Unions called on their members to protest on Friday."));
        assertEquals(FrameFilter.Verdict.NONE, judgeProtest("The opposition plans to demand new elections."));
        assertEquals(FrameFilter.Verdict.NONE, judgeFirst("Troops gathered near the town to capture it."));
    }

    @Test
    void strikesAndSlogansAreProtests() {
        assertEquals(FrameFilter.Verdict.EVENT, judgeProtest("Bus drivers went on strike in the capital."));
        assertEquals(FrameFilter.Verdict.EVENT, judgeProtest("Crowds chanted anti-government slogans in the square."));
        assertEquals(FrameFilter.Verdict.EVENT, judgeProtest("Nurses staged a walkout at the city hospital."));
    }

    @Test
    void aStrikeByWorkersIsAProtestAStrikeByAnArmyIsNot() {
        assertEquals(FrameFilter.Verdict.EVENT, judgeProtest("A general strike by taxi drivers shut the capital's centre."));
        assertEquals(FrameFilter.Verdict.EVENT, judgeProtest("The strike by hospital nurses entered its third day."));
        for (String attack : List.of("A double strike by the coalition hit a market on Sunday.",
                "Civilians died in a strike by government aircraft on the bakery.")) {
            assertTrue(LEXICON.find(attack).stream().noneMatch(t -> t.category() == TriggerCategory.PROTEST), attack);
        }
    }

    @Test
    void whatIsReportedOrSaidToHaveHappenedHappened() {
        for (String s : List.of("Two guards are reported to have been shot dead near the dam.",
                "Three soldiers were said to have been killed in the ambush.",
                "The commander is confirmed to have been killed in the strike.")) {
            assertEquals(FrameFilter.Verdict.EVENT, judgeFirst(s), s);
        }
        assertEquals(FrameFilter.Verdict.NONE, judgeFirst("The rebels plan to capture the dam."));
    }

    @Test
    void aFightPeopleFledIsNoEvent() {
        for (String fled : List.of("Hundreds of families fled the fighting overnight.",
                "Villagers escaping heavy clashes reached the border.", "The camp houses people displaced by fighting.")) {
            assertEquals(FrameFilter.Verdict.NONE, judgeFirst(fled), fled);
        }
        assertEquals(FrameFilter.Verdict.EVENT, judgeFirst("Fighting broke out as the families fled."));
    }

    @Test
    void aMonthSpelledLikeAModalDoesNotMakeTheActPossibleOnly() {
        assertEquals(FrameFilter.Verdict.EVENT, judgeFirst("On 3 May 2019, gunmen killed seven villagers."));
        assertEquals(FrameFilter.Verdict.EVENT, judgeFirst("On 3 May, rebels captured the hill."));
        assertEquals(FrameFilter.Verdict.EVENT, judgeFirst("In May 2019 rebels captured the hill."));
        assertEquals(FrameFilter.Verdict.NONE, judgeFirst("Rebels may have captured the hill."));
        assertEquals(FrameFilter.Verdict.NONE, judgeFirst("In May, rebels said they may have captured the hill."));
    }
}
