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
    @Test
    void theHandWrittenReaderFindsTheTokensTheRegexFinds() {
        List<String> texts = new java.util.ArrayList<>(List.of(
                "Hay'at Tahrir al-Sham's fighters took 1,250 km/h roads, 12,345,6789 and 1,2345 or 1234,567.",
                "ʿAyn al-ʾArab, Ma’arat, a'b' c'5 -x x- a-/b 2/3 ٣٤ Ⅻ ½ x\u00a0y \u200bz e\u0301t\u00e9",
                "tab\there\nline\u000bvt\fff\rcr 𝐀𝐁 😀 \ud800 lone, 9,999,999,", ""));
        java.util.Random random = new java.util.Random(20261207);
        String alphabet = "aZé5٣½Ⅻ'’ʿʾ-/,. \t\u00a0\u0301😀𝐀";
        int[] codePoints = alphabet.codePoints().toArray();
        for (int n = 0; n < 3000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(24); k > 0; k--) {
                b.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
            }
            texts.add(b.toString());
        }
        for (String text : texts) {
            List<Integer> expected = new java.util.ArrayList<>();
            java.util.regex.Matcher m = Tokenizer.TOKEN.matcher(text);
            while (m.find()) {
                expected.add(m.start());
                expected.add(m.end());
            }
            assertEquals(expected, java.util.Arrays.stream(Tokenizer.spans(text)).boxed().toList(), text);
        }
    }
}
