package org.sitrep.extract.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.extract.text.Tokenizer;

class ActorMatcherTest {
    static final String HTS = "Hay'at Tahrir al-Sham";
    static final String ISLAMIC_STATE = "Islamic State";
    static final String YPG = "People's Protection Units";

    static final String AIR_FORCE = "The Syrian Arab Air Force struck a depot near the front.";
    static final String HTS_FIGHTERS = "HTS fighters stormed the checkpoint.";
    static final String LOWER_IS = "Is the truce holding? This is what IS fighters did at dawn.";
    static final String LOWER_SAA = "the saa said nothing.";
    static final String ALIASES = "Jabhat al-Nusra, Daesh and the Syrian Army fought all night.";
    static final String GLUED = "The strike hit YPG-positions and the ISIS-held pocket.";
    static final String BACKED = "Turkish-backed militants and the militants met government troops.";
    static final String CURLY = "Hay’at Tahrir al-Sham shelled the road.";

    private static final ActorMatcher MATCHER = new ActorMatcher(ActorDictionary.bundled());

    @TempDir
    Path dir;

    private static List<ActorMention> find(String s) {
        return MATCHER.find(s, Tokenizer.tokenize(s));
    }

    private static List<String> names(String s) {
        return find(s).stream().map(m -> m.entry().name()).toList();
    }

    private static List<String> texts(String s) {
        return find(s).stream().map(ActorMention::text).toList();
    }

    @Test
    void aGroupOfThoseWhoStandWithAnActorIsThatActor() {
        assertEquals(List.of("Ansar Allah"), names("Pro-Houthi snipers took aim at the pass."));
        assertEquals(List.of("Ansar Allah"), names("The pro-Houthi tribes attacked the post."));
    }

    @Test
    void theLongestAliasWins() {
        assertEquals(List.of("Syrian Arab Air Force"), names(AIR_FORCE));
        assertEquals(List.of("HTS fighters"), texts(HTS_FIGHTERS));
        assertEquals(List.of(HTS), names(HTS_FIGHTERS));
        assertEquals(List.of("Turkish-backed militants", "Militants", "State forces"), names(BACKED));
    }

    @Test
    void aDescriptionOfPeopleRightAfterANamedGroupIsItsMembers() {
        assertEquals(List.of("JNIM"), names("JNIM militants attacked the convoy."));
        assertEquals(List.of(ISLAMIC_STATE), names("Islamic State militants blew up a house."));
        assertEquals(List.of(ISLAMIC_STATE, "State forces"), names("Islamic State militants attacked troops."),
                "a description apart from the name is an actor of its own");
        assertEquals(List.of("Ansar Allah", "State forces"), names("Houthi fighters shelled anti-Houthi soldiers."),
                "the group's enemies are not its members");
        assertEquals(List.of(HTS, "Militants"), names("HTS, militants of the north, shelled the road."));
    }

    @Test
    void aSyrianCoalitionNamedForConquestIsNotLebanonsFatah() {
        assertEquals(List.of("Jaish al-Fatah"), names("Jeish al-Fatah held the hill."));
        assertEquals(List.of("Jaish al-Fatah"), names("The Army of Conquest shelled the base."));
        assertEquals(List.of("Palestinian factions in Lebanon"), names("Fatah clashed with its rivals near the camp."));
    }

    @Test
    void aCityIsNoActorOnlyItsGovernmentIs() {
        assertEquals(List.of(), names("Hundreds rallied in Erbil on Monday."));
        assertEquals(List.of(), names("A car bomb went off in Baghdad on Monday."));
        assertEquals(List.of(), names("A rocket landed near Tel Aviv on Monday."));
        assertEquals(List.of(), names("Hundreds rallied in Ankara on Monday."));
        assertEquals(List.of("Kurdistan Regional Government"), names("The Erbil government rejected the demand."));
    }

    @Test
    void capitalAliasesMatchOnlyAsWritten() {
        assertEquals(List.of("IS fighters"), texts(LOWER_IS));
        assertEquals(List.of(ISLAMIC_STATE), names(LOWER_IS));
        assertEquals(List.of(), names(LOWER_SAA));
    }

    @Test
    void aliasesResolveToTheirCanonicalActor() {
        assertEquals(List.of(HTS, ISLAMIC_STATE, "Syrian Arab Army"), names(ALIASES));
    }

    @Test
    void actorsGluedToSuffixesAreFound() {
        assertEquals(List.of(YPG, ISLAMIC_STATE), names(GLUED));
        assertEquals(List.of("YPG", "ISIS"), texts(GLUED));
    }

    @Test
    void mentionOffsetsPointIntoTheSentence() {
        for (String s : List.of(AIR_FORCE, HTS_FIGHTERS, LOWER_IS, ALIASES, GLUED, BACKED)) {
            for (ActorMention m : find(s)) {
                assertEquals(m.text(), s.substring(m.start(), m.end()), s);
            }
        }
    }

    @Test
    void aUserDictionaryTeachesNewNames() throws IOException {
        Path f = dir.resolve("sahel.tsv");
        Files.writeString(f, "Katiba Ansar al-Wadi\tjihadists\t2\t\t\tactor\tKatiba Ansar al-Wadi\tKAW|Ansar al-Wadi fighters\n");
        ActorMatcher m = new ActorMatcher(ActorDictionary.load(List.of(f)));
        String s = "Ansar al-Wadi fighters ambushed a patrol; KAW later said so, but kaw is no word.";
        assertEquals(List.of("Ansar al-Wadi fighters", "KAW"),
                m.find(s, Tokenizer.tokenize(s)).stream().map(ActorMention::text).toList());
    }

    @Test
    void noActorInPlainText() {
        assertTrue(find("The weather was cold and the roads were closed.").isEmpty());
    }

    @Test
    void aTypographicApostropheMatchesLikeAnAsciiOne() {
        assertEquals(List.of("Hay’at Tahrir al-Sham"), texts(CURLY));
    }

    @Test
    void aPossessiveIsItsName() {
        assertEquals(List.of("Syrian Arab Army"), names("Assad's forces shelled the town at dawn."));
        assertEquals(List.of("Syrian government"), names("The convoy was stopped on Assad’s orders."));
        assertEquals(List.of(ISLAMIC_STATE), names("IS's fighters withdrew overnight."), "an acronym keeps its case");
        assertEquals(List.of(), names("This is's not a name."), "a lower-case word is not an acronym's possessive");
    }

    @Test
    void aNameWithABareSIsItsPluralOrAPossessiveThatLostItsApostrophe() {
        assertEquals(List.of("Russian forces"), names("Two Russians were wounded near the base."));
        assertEquals(List.of("Syrian Arab Air Force"), names("Assads warplanes bombed the market."));
        assertEquals(List.of(), names("ISs statement was short."), "an acronym is matched only as written");
    }

    @Test
    void aLeadingPartnersNameIsItsCoalition() {
        assertEquals("US-led coalition", names("US-led air strikes hit the bridge.").get(0));
        assertEquals(List.of("US-led coalition"), names("The raid by U.S.-led forces ended at dawn."));
    }

    @Test
    void aMixedCaseAcronymMatchesOnlyAsWritten() {
        assertEquals(List.of(), names("The blast was not far from the crossing."), "'far' is no FaR");
        assertEquals(List.of("Faylaq al-Rahman"), names("FaR fighters shelled the road."));
    }

    @Test
    void tribalFightersAreEachWarsOwn() {
        ActorDictionary d = ActorDictionary.bundled();
        ActorEntry syrian = d.byName("Tribal militia").orElseThrow();
        assertEquals("Unidentified Tribal Militia (Yemen)", d.variant(syrian, "YE").acled());
        assertEquals("Unidentified Tribal Militia (Iraq)", d.variant(syrian, "IQ").acled());
    }
}
