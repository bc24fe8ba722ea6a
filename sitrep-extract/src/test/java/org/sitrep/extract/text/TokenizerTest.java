package org.sitrep.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    static final String APOSTROPHE = "Hay'at Tahrir al-Sham fighters moved in.";
    static final String CURLY_APOSTROPHE = "Hay’at Tahrir al-Sham";
    static final String HYPHENATED_PLACE = "They shelled al-Bukamal and Deir ez-Zor.";
    static final String HELD = "the ISIS-held pocket";
    static final String BACKED = "US-backed fighters";
    static final String ACRONYM_GLUED = "Turkish drones hit YPG-positions near the dam.";
    static final String NUMBERS = "1,200 people fled; 35 were hurt.";

    private static List<String> texts(String s) {
        return Tokenizer.tokenize(s).stream().map(Token::text).toList();
    }

    @Test
    void anApostropheInsideAWordKeepsTheWordWhole() {
        assertEquals(List.of("Hay'at", "Tahrir", "al-Sham", "fighters", "moved", "in", "."), texts(APOSTROPHE));
        assertEquals(List.of("Hay’at", "Tahrir", "al-Sham"), texts(CURLY_APOSTROPHE));
    }

    @Test
    void hyphenatedNamesAreOneToken() {
        assertEquals(List.of("They", "shelled", "al-Bukamal", "and", "Deir", "ez-Zor", "."), texts(HYPHENATED_PLACE));
    }

    @Test
    void aRelationSuffixIsSplitFromTheActor() {
        assertEquals(List.of("the", "ISIS", "-held", "pocket"), texts(HELD));
    }

    @Test
    void ledAndBackedAreRelationSuffixesToo() {
        assertEquals(List.of("US", "-backed", "fighters"), texts(BACKED));
    }

    @Test
    void theSideAGroupStandsWithIsAWordOfItsOwn() {
        assertEquals(List.of("Pro-", "Houthi", "snipers"), texts("Pro-Houthi snipers"));
        assertEquals(List.of("pro-", "government", "militias"), texts("pro-government militias"));
        assertEquals(List.of("anti-Houthi", "tribes", "in", "Prosperity"), texts("anti-Houthi tribes in Prosperity"),
                "only pro- is split; a word starting with pro is not");
    }

    @Test
    void anAcronymGluedToAWordIsSplit() {
        assertEquals(List.of("Turkish", "drones", "hit", "YPG", "-positions", "near", "the", "dam", "."),
                texts(ACRONYM_GLUED));
    }

    @Test
    void aCapitalisedHyphenatedNameIsNotTakenForAnAcronym() {
        assertEquals(List.of("Deir", "ez-Zor"), texts("Deir ez-Zor"));
        assertEquals(List.of("BMP-1"), texts("BMP-1"));
    }

    @Test
    void offsetsCoverTheTokenText() {
        for (String s : List.of(APOSTROPHE, HYPHENATED_PLACE, HELD, ACRONYM_GLUED, NUMBERS)) {
            for (Token t : Tokenizer.tokenize(s)) {
                assertEquals(t.text(), s.substring(t.start(), t.end()), s);
            }
        }
    }

    @Test
    void digitGroupsAndPunctuation() {
        // a digit group is one number: "1,200" is twelve hundred
        assertEquals(List.of("1,200", "people", "fled", ";", "35", "were", "hurt", "."), texts(NUMBERS));
    }

    @Test
    void tokenHelpers() {
        Token t = Tokenizer.tokenize("Hama").get(0);
        assertTrue(t.isCapitalized());
        assertTrue(t.isWord());
        assertEquals("hama", t.lower());
        Token comma = Tokenizer.tokenize(",").get(0);
        assertFalse(comma.isWord());
        assertFalse(comma.isCapitalized());
    }
}
