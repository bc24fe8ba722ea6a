package org.sitrep.extract.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.text.Token;
import org.sitrep.extract.text.Tokenizer;

class DemonymUseTest {
    private static final ActorMatcher MATCHER = new ActorMatcher(ActorDictionary.bundled());
    private static final DemonymUse DEMONYMS = new DemonymUse(java.util.Set.of("russian", "sudanese", "iraqi", "israeli"),
            java.util.Set.of("city", "man", "traders", "border", "embassy", "territory"), java.util.Set.of("guards", "police"));

    private static List<String> actors(String sentence) {
        List<Token> tokens = Tokenizer.tokenize(sentence);
        return DEMONYMS.forcesOnly(MATCHER.find(sentence, tokens), tokens).stream().map(m -> m.entry().name()).toList();
    }

    @Test
    void aDemonymBeforeANounOfPeopleOrAPlaceNamesNoForces() {
        assertEquals(List.of(), actors("Drones hit a depot in the Russian city of Belgorod."));
        assertEquals(List.of(), actors("A drone hit a market in the Sudanese city of El Fasher."));
        assertEquals(List.of("Unidentified armed group"), actors("Gunmen stabbed an Israeli man near the settlement."));
        assertEquals(List.of("Protesters"), actors("Protesters gathered outside the Russian embassy."));
    }

    @Test
    void theSameDemonymStillNamesTheForcesElsewhere() {
        assertEquals("Russian forces", actors("Russian and Syrian troops advanced.").get(0), "before a conjunction");
        assertEquals(List.of("Iraqi Security Forces"), actors("A bomb hit Iraqi border guards."), "border guards are forces");
        assertEquals(List.of("Ansar Allah"), actors("Artillery shelled Houthi territory."), "a group's name is no demonym");
    }
}
