package org.sitrep.ingest.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PatternLexiconTest {
    private static final List<String> REGEXES = List.of(
            "\\b(?:captured|(?:re)?took|seized)\\b",
            "\\b(?:(?<=to )(?:capture|enter)|clashes)\\b",
            "\\b(?<![-\\w])controlled(?= (?:the |(?-i:[A-Z])))\\b",
            "\\b(?:shell(?:ed|ing)?|fired at)\\b",
            "\\b(?:ied|e)\\b",
            "\\w+ said",
            "(?:-based)",
            "\\bclashes|ized\\b",
            "\\b(?:été|seized)\\b",
            "\\b(?:a|one|\\d+) (?:weeks?|months?) of\\b",
            "\\b\\d{1,2}(?:st|nd)? (?-i:May)\\b",
            "\\b(?:\\w+|more) said\\b",
            "\\b\\s+said",
            "\\b\\d+|x\\d",
            "^(?:according to|citing)\\s+(?<src>[^,]{2,20}?),",
            "^\\w+ said|^officials",
            "(?:^|, )said",
            "(?<=x)^said");
    private static final List<String> TEXTS = List.of(
            "Troops captured Kafr Nabl and retook the hill after clashes; they failed to capture Tal.",
            "Rebels controlled the village. Shelled, shelling, re-took; an IED exploded near e Street.",
            "un-controlled Controlled Aleppo; tried to enter Idlib, she said, the Damascus-based group",
            "RE CAPTURED reTook SEIZED seizedx xseized _captured 9captured ſeized ÉTÉ été",
            "After 3 weeks of siege, 12months of war and one month of talks; x12 a1 weeks of, 2nd May 31 May x4",
            "Officials said; 4 more said so, _5 said, ٣ weeks of shelling, 7st May and he  said it.",
            "According to local sources, the army, said\nciting officials, then said",
            "said, said\nsaid",
            "");

    @Test
    void findsWhatFindFinds() {
        for (int flags : List.of(Pattern.CASE_INSENSITIVE, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)) {
            for (String regex : REGEXES) {
                assertSameMatches(regex, flags);
            }
        }
    }

    @Test
    void aRegexWhoseMatchesBeginWordsOfUnknownBeginningsIsTriedAtEveryWordOnly() {
        assertTrue(new WordStartPattern("\\b(?:a|\\d+) weeks", Pattern.CASE_INSENSITIVE).fitsEveryWord());
        assertFalse(new WordStartPattern("\\b(?:a|\\d+) weeks", Pattern.CASE_INSENSITIVE).anywhere());
        assertFalse(new WordStartPattern("\\b\\s+said", Pattern.CASE_INSENSITIVE).fitsEveryWord(), "starts after a word");
        assertTrue(new WordStartPattern("\\b\\s+said", Pattern.CASE_INSENSITIVE).anywhere());
        assertTrue(new WordStartPattern("\\b\\d+", Pattern.UNICODE_CHARACTER_CLASS).anywhere(),
                "Unicode classes: other words than WordStarts'");
    }

    @Test
    void aRegexAnchoredAtTheTextsStartIsTriedThereOnce() {
        assertTrue(new WordStartPattern("^(?:according to|citing) x", Pattern.CASE_INSENSITIVE).atTextStart());
        assertFalse(new WordStartPattern("^(?:according to|citing) x", Pattern.MULTILINE).atTextStart(),
                "MULTILINE: the start of every line");
        assertFalse(new WordStartPattern("(?:^|, )said", 0).atTextStart(), "one way without the anchor");
        assertTrue(new WordStartPattern("(?:^|, )said", 0).anywhere());
    }

    @Test
    void matchesComePatternAfterPatternInTheLexiconsOrder() {
        PatternLexicon lexicon = new PatternLexicon(List.of(
                new WordStartPattern("\\b(?:shelled|shelling)\\b", Pattern.CASE_INSENSITIVE),
                new WordStartPattern("\\w+ said", Pattern.CASE_INSENSITIVE),
                new WordStartPattern("\\bcaptured\\b", Pattern.CASE_INSENSITIVE)));
        List<String> found = new ArrayList<>();
        lexicon.forEachMatch("Troops captured it after shelling; he said they shelled it.",
                (k, start, m) -> found.add(k + ":" + m.group()));
        assertEquals(List.of("0:shelling", "0:shelled", "1:he said", "2:captured"), found);
    }

    private static void assertSameMatches(String regex, int flags) {
        PatternLexicon fast = new PatternLexicon(List.of(new WordStartPattern(regex, flags)));
        for (String text : TEXTS) {
            List<String> expected = new ArrayList<>();
            Matcher m = Pattern.compile(regex, flags).matcher(text);
            while (m.find()) {
                expected.add(m.start() + "-" + m.end());
            }
            List<String> actual = new ArrayList<>();
            fast.forEachMatch(text, (k, start, match) -> actual.add(start + "-" + match.end()));
            assertEquals(expected, actual, regex + " in: " + text);
            assertEquals(!expected.isEmpty(), fast.anyMatch(text));
        }
    }
}
