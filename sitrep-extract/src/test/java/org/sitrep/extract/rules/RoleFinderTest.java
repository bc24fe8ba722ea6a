package org.sitrep.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.English;
import org.sitrep.extract.actor.ActorDictionary;
import org.sitrep.extract.actor.ActorEntry;
import org.sitrep.extract.actor.ActorMatcher;
import org.sitrep.extract.actor.ActorMention;
import org.sitrep.extract.text.Token;
import org.sitrep.extract.text.Tokenizer;

class RoleFinderTest {
    static final String SAA = "Syrian Arab Army";
    static final String HTS = "Hay'at Tahrir al-Sham";
    static final String ISLAMIC_STATE = "Islamic State";
    static final String SDF = "Syrian Democratic Forces";

    static final String SUBJECT_OBJECT = "The SAA captured Tal Sukkar from HTS.";
    static final String BETWEEN = "Clashes between HTS and the SAA erupted near the dam.";
    static final String PASSIVE = "The village was captured by ISIS on Monday.";
    static final String FELL_TO = "The village fell to HTS after a week of shelling.";
    static final String REPELLED = "The SDF repelled an attack by ISIS on the oil field.";
    static final String HELD = "The SAA captured the ISIS-held village of Tal Sukkar.";
    static final String NOMINAL = "Turkish shelling hit YPG positions near the dam.";
    static final String TWO_CLAUSES = "The SAA liberated Tal Sukkar, while HTS shelled Kafr Ruwayha.";
    static final String OPENER = "Following clashes with HTS, the SAA took the hill.";
    static final String JOINT_SUBJECT = "The SAA and the NDF captured Tal Sukkar.";

    private static final ActorMatcher MATCHER = new ActorMatcher(ActorDictionary.bundled());
    private static final TriggerLexicon LEXICON = English.triggers();
    private static final FrameFilter FILTER = English.frameFilter();
    private final RoleFinder finder = English.roleFinder(MATCHER);

    /** The roles of the sentence's trigger whose text starts with {@code word}. */
    private Roles roles(String sentence, String word) {
        List<Token> tokens = Tokenizer.tokenize(sentence);
        List<ActorMention> actors = MATCHER.find(sentence, tokens);
        List<Trigger> triggers = LEXICON.find(sentence);
        Trigger t = triggers.stream().filter(x -> x.text().startsWith(word)).findFirst()
                .orElseThrow(() -> new AssertionError(word + " not a trigger of: " + sentence + " " + triggers));
        Clauses c = Clauses.of(tokens, FILTER.clauseBreaks());
        return finder.find(sentence, actors, triggers, t, c.startOf(t.start()), c.endOf(t.end(), sentence.length()), c);
    }

    private static String name(ActorEntry e) {
        return e == null ? null : e.name();
    }

    @Test
    void theSubjectTakesAndTheHolderLoses() {
        Roles r = roles(SUBJECT_OBJECT, "captured");
        assertEquals(SAA, name(r.actor1()));
        assertEquals(HTS, name(r.actor2()));
    }

    @Test
    void clashesBetweenTwoSides() {
        Roles r = roles(BETWEEN, "Clashes");
        assertEquals(HTS, name(r.actor1()));
        assertEquals(SAA, name(r.actor2()));
    }

    @Test
    void thePassiveAgentIsActorOne() {
        assertEquals(ISLAMIC_STATE, name(roles(PASSIVE, "was captured by").actor1()));
        assertEquals(HTS, name(roles(FELL_TO, "fell to").actor1()));
    }

    @Test
    void aRepelledAttackIsTheAttackersEvent() {
        Roles r = roles(REPELLED, "repelled");
        assertEquals(ISLAMIC_STATE, name(r.actor1()));
        assertEquals(SDF, name(r.actor2()));
    }

    @Test
    void theHolderOfATakenPlaceIsActorTwo() {
        Roles r = roles(HELD, "captured");
        assertEquals(SAA, name(r.actor1()));
        assertEquals(ISLAMIC_STATE, name(r.actor2()));
    }

    @Test
    void anAdjectiveActorActsForANominalTrigger() {
        Roles r = roles(NOMINAL, "shelling");
        assertEquals("Turkish Armed Forces", name(r.actor1()));
        assertEquals("People's Protection Units", name(r.actor2()));
    }

    @Test
    void eachClauseHasItsOwnSubject() {
        assertEquals(SAA, name(roles(TWO_CLAUSES, "liberated").actor1()));
        Roles shelled = roles(TWO_CLAUSES, "shelled");
        assertEquals(HTS, name(shelled.actor1()));
        assertNull(shelled.actor2());
    }

    @Test
    void theSubjectAfterAnOpeningPhraseFought() {
        Roles r = roles(OPENER, "clashes");
        assertEquals(SAA, name(r.actor1()));
        assertEquals(HTS, name(r.actor2()));
    }

    @Test
    void aJointSubjectKeepsTheFirstAsActorOneAndTheOtherAsAssociate() {
        Roles r = roles(JOINT_SUBJECT, "captured");
        assertEquals(SAA, name(r.actor1()));
        assertEquals(List.of("National Defense Forces"), r.assoc1().stream().map(ActorEntry::name).toList());
    }

    @Test
    void aPassiveAttackHasItsAgentAfterByAsActor1() {
        Roles struck = roles("HTS positions were struck by Russian warplanes overnight.", "struck");
        assertEquals("Russian forces", name(struck.actor1()));
        assertEquals(HTS, name(struck.actor2()));
        Roles shelled = roles("The SDF was reportedly shelled by Turkish artillery near the dam.", "shelled");
        assertEquals("Turkish Armed Forces", name(shelled.actor1()));
        assertEquals(SDF, name(shelled.actor2()));
        Roles attacked = roles("An SAA checkpoint had been attacked by ISIS before dawn.", "attacked");
        assertEquals(ISLAMIC_STATE, name(attacked.actor1()));
        assertEquals(SAA, name(attacked.actor2()));
    }

    @Test
    void anActiveAttackFollowedByAnotherByIsNotPassive() {
        // "by" names the means of an active attack, not its agent
        Roles r = roles("The SAA shelled HTS positions, followed by ISIS raids.", "shelled");
        assertEquals(SAA, name(r.actor1()));
    }

    @Test
    void theAgentOfANounOfAttackIsActor1() {
        Roles attack = roles("Three SAA soldiers were killed in an attack by ISIS near the dam.", "attack");
        assertEquals(ISLAMIC_STATE, name(attack.actor1()));
        assertEquals(SAA, name(attack.actor2()));
        Roles ambush = roles("Two SDF fighters died in an ambush carried out by HTS near the dam.", "ambush");
        assertEquals(HTS, name(ambush.actor1()));
        assertEquals(SDF, name(ambush.actor2()));
        Roles shelling = roles("Heavy shelling by the SAA hit HTS positions overnight.", "shelling");
        assertEquals(SAA, name(shelling.actor1()));
        assertEquals(HTS, name(shelling.actor2()));
    }

    @Test
    void whoHoldsAPlaceAfterByIsNotWhoStruckIt() {
        Roles held = roles("A monitor reported that new raids struck Tal Sukkar, a village controlled by HTS.", "raids");
        assertNull(held.actor1(), "HTS holds the town");
        assertEquals(HTS, name(held.actor2()));
        assertEquals(ISLAMIC_STATE, name(roles("Shells fired by ISIS hit the village of Tal Sukkar held by the SDF.",
                "Shells").actor1()));
    }

    @Test
    void anActorNamedInTheWeaponsWordsActs() {
        assertEquals("Russian forces", name(roles("A Russian missile strike hit the city.", "missile").actor1()));
        assertEquals("Russian forces", name(roles("A Russian drone attack hit the port.", "drone").actor1()));
        assertEquals("Turkish Armed Forces", name(roles("A Turkish drone strike killed two fighters.", "drone").actor1()));
        assertEquals("Russian forces", name(roles("Russian shelling hit the town.", "shelling").actor1()));
    }

    @Test
    void twoSubjectsOfTwoSidesThatClashedAreTheTwoSides() {
        Roles r = roles("Houthi forces and pro-Hadi forces clashed in the district.", "clashed");
        assertEquals("Ansar Allah", name(r.actor1()));
        assertEquals("Military Forces of Yemen (2012-)", name(r.actor2()));
        Roles allies = roles("The SAA and the NDF clashed with HTS near the town.", "clashed");
        assertEquals(SAA, name(allies.actor1()));
        assertEquals(HTS, name(allies.actor2()), "allies in the subject, the enemy after the verb");
    }

    @Test
    void aWeaponNamedNobodysRightAfterANamedActorIsThatActors() {
        assertEquals("Turkish Armed Forces", name(roles("Turkish military aircraft struck PKK positions.", "struck").actor1()));
    }

    @Test
    void whoLostControlOfAPlaceToAnotherIsTheLoser() {
        Roles r = roles("HTS lost control of Tal Sukkar to the SAA.", "lost");
        assertEquals(SAA, name(r.actor1()));
        assertEquals(HTS, name(r.actor2()));
        Roles over = roles("The rebels of HTS lost full control over the hill to the SAA after clashes.", "lost");
        assertEquals(SAA, name(over.actor1()));
    }
}
