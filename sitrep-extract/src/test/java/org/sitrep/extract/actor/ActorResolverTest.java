package org.sitrep.extract.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ActorResolverTest {
    static final ActorDictionary DICTIONARY = ActorDictionary.bundled();
    static final ActorEntry HTS = entry("Hay'at Tahrir al-Sham");
    static final ActorEntry ISLAMIC_STATE = entry("Islamic State");
    static final ActorEntry SDF = entry("Syrian Democratic Forces");
    static final ActorEntry SAA = entry("Syrian Arab Army");
    static final ActorEntry CIVILIANS = entry("Civilians");
    static final ActorEntry MILITANTS = entry("Militants");
    static final ActorEntry STATE_FORCES = entry("State forces");

    private static ActorEntry entry(String name) {
        return DICTIONARY.byName(name).orElseThrow();
    }

    @Test
    void theMilitantsAreTheLastOppositionActorNamed() {
        ActorResolver r = new ActorResolver(DICTIONARY);
        r.remember(ISLAMIC_STATE);
        r.remember(HTS);
        r.remember(SAA);
        assertSame(HTS, r.resolve(MILITANTS, "SY"));
    }

    @Test
    void theMilitantsMayBeIslamicState() {
        ActorResolver r = new ActorResolver(DICTIONARY);
        r.remember(HTS);
        r.remember(ISLAMIC_STATE);
        assertSame(ISLAMIC_STATE, r.resolve(MILITANTS, "SY"));
    }

    @Test
    void theMilitantsStayGenericWithoutAnActorOfTheirSides() {
        ActorResolver r = new ActorResolver(DICTIONARY);
        r.remember(SDF);
        r.remember(SAA);
        assertSame(MILITANTS, r.resolve(MILITANTS, "SY"));
    }

    @Test
    void governmentTroopsAreTheStateForcesOfTheCountry() {
        ActorResolver r = new ActorResolver(DICTIONARY);
        assertSame(SAA, r.resolve(STATE_FORCES, "SY"));
        assertEquals("Iraqi Security Forces", r.resolve(STATE_FORCES, "IQ").name());
        assertSame(STATE_FORCES, r.resolve(STATE_FORCES, null), "no country: the generic row");
        assertSame(STATE_FORCES, r.resolve(STATE_FORCES, "ZZ"), "a country without state forces in the dictionary");
    }

    @Test
    void namedActorsResolveToThemselves() {
        ActorResolver r = new ActorResolver(DICTIONARY);
        r.remember(HTS);
        assertSame(SAA, r.resolve(SAA, "IQ"));
        assertSame(ISLAMIC_STATE, r.resolve(ISLAMIC_STATE, null));
    }

    @Test
    void descriptionsAreNotRemembered() {
        ActorResolver r = new ActorResolver(DICTIONARY);
        r.remember(HTS);
        r.remember(MILITANTS);
        r.remember(STATE_FORCES);
        assertSame(HTS, r.lastOpponentOf("government"));
    }

    @Test
    void theLastOpponentSkipsTheSideCiviliansAndOthers() {
        ActorResolver r = new ActorResolver(DICTIONARY);
        assertNull(r.lastOpponentOf("government"));
        r.remember(HTS);
        r.remember(SAA);
        r.remember(CIVILIANS);
        assertSame(HTS, r.lastOpponentOf("government"));
        assertSame(SAA, r.lastOpponentOf("opposition"));
        assertSame(SAA, r.lastOpponentOf(null), "no side: the last armed actor");
    }

    @Test
    void anotherWarsActorDescribedInThisTextIsThisCountrysGenericOne() {
        ActorResolver r = new ActorResolver(DICTIONARY);
        // "the regime" is an alias of Syria's army; in a text about Bahrain it is Bahrain's state forces
        ActorEntry inBahrain = r.resolve(SAA, "the regime", "BH");
        assertEquals("BH", inBahrain.country(), inBahrain.toString());
        assertEquals(1, inBahrain.inter());
        assertSame(SAA, r.resolve(SAA, "the regime", "SY"), "in Syria it is Syria's army");
        assertSame(SAA, r.resolve(SAA, "Syrian troops", "BH"), "named, it is Syria's army wherever the text is");
        ActorEntry rebels = r.resolve(entry("Syrian opposition"), "armed groups", "YE");
        assertEquals("Unidentified armed group", rebels.name());
    }

    @Test
    void aDescriptionHasNoCapitalPastItsArticle() {
        assertEquals(true, ActorResolver.describesOnly("the regime"));
        assertEquals(true, ActorResolver.describesOnly("The armed groups"));
        assertEquals(false, ActorResolver.describesOnly("Syrian troops"));
        assertEquals(false, ActorResolver.describesOnly("the Rahman Corps"));
        assertEquals(false, ActorResolver.describesOnly(null));
    }
}
