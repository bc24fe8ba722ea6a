package org.sitrep.ingest.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LeadingLiteralsTest {
    @Test
    void alternativesAndGroupsGiveTheirBeginnings() {
        assertEquals(Optional.of(Set.of("shelled", "captured", "retook", "took", "re-took")),
                LeadingLiterals.of("\\b(?:Shelled|captured|(?:re)?took|re\\-took)\\b"));
    }

    @Test
    void aBeginningEndsWhereTheRegexStopsBeingLiteral() {
        assertEquals(Optional.of(Set.of("battles", "battle", "took ")), LeadingLiterals.of("\\b(?:battles?|took \\w+)"));
        assertEquals(Optional.of(Set.of("a", "b")), LeadingLiterals.of("\\ba{0,2}b"));
        assertEquals(Optional.of(Set.of("a")), LeadingLiterals.of("\\ba{1,2}b"));
        assertEquals(Optional.of(Set.of("shelled", "shelling")), LeadingLiterals.of("\\bshell(?:ed|ing)+"));
    }

    @Test
    void lookaroundsMatchNothingAndAreSkipped() {
        assertEquals(Optional.of(Set.of("capture")), LeadingLiterals.of("(?<=to )\\b(?<![-\\w])capture(?= the)"));
    }

    @Test
    void whatItCannotFollowGivesAnEmptyBeginning() {
        assertEquals(Optional.of(Set.of("")), LeadingLiterals.of("\\w+ said"));
        assertEquals(Optional.of(Set.of("")), LeadingLiterals.of("[a-c]at"));
        assertEquals(Optional.of(Set.of("ab", "")), LeadingLiterals.of("\\b(?:a|.)b"));
        assertEquals(Optional.of(Set.of("")), LeadingLiterals.of("(?-i:[A-Z])x"));
        assertEquals(Optional.of(Set.of("may", "june")), LeadingLiterals.of("\\b(?-i:May|June)\\b"));
        assertEquals(Optional.of(Set.of("")), LeadingLiterals.of("(?x:a b)"));
        assertEquals(Optional.of(Set.of("")), LeadingLiterals.of("(?i)x"));
        assertEquals(Optional.of(Set.of("a", "b")), LeadingLiterals.of("\\b(?:a)*b"));
    }

    @Test
    void aWayWithoutAWordBoundaryMayStartInsideAWord() {
        assertEquals(Optional.of(Set.of("foo", "")), LeadingLiterals.of("\\bfoo|bar"));
        assertEquals(Optional.of(Set.of("")), LeadingLiterals.of("captured"));
    }

    @Test
    void aRegexStartsWordsWhenABoundaryAndAWordCharacterComeFirstOnEveryWay() {
        assertTrue(LeadingLiterals.startsWords("\\b(?:one|\\d+) weeks?"));
        assertTrue(LeadingLiterals.startsWords("\\b\\w+ said"));
        assertTrue(LeadingLiterals.startsWords("(?<=in )\\b\\d{1,2}(?:st)? May"));
        assertFalse(LeadingLiterals.startsWords("\\b\\s+said"), "a boundary then a space: the end of a word");
        assertFalse(LeadingLiterals.startsWords("\\b\\d+|x\\d"), "one way without a boundary");
        assertFalse(LeadingLiterals.startsWords("\\b[0-9]+"), "classes are not read");
        assertFalse(LeadingLiterals.startsWords("\\b\\p{L}+"), "a letter outside the BMP is two chars");
        assertFalse(LeadingLiterals.startsWords("\\b(?:x)?"), "may match nothing");
        assertFalse(LeadingLiterals.startsWords("\\b-\\d"));
    }

    @Test
    void aRegexStartsAtTheTextsStartWhenEveryWayBeginsWithTheAnchor() {
        assertTrue(LeadingLiterals.startsAtTextStart("^(?:according to|citing)\\s+x"));
        assertTrue(LeadingLiterals.startsAtTextStart("^a|^b"));
        assertFalse(LeadingLiterals.startsAtTextStart("^a|b"));
        assertFalse(LeadingLiterals.startsAtTextStart("(?:^)?a"));
        assertFalse(LeadingLiterals.startsAtTextStart("a^"));
        assertEquals(Optional.of(Set.of("")), LeadingLiterals.anyStart("^foo"), "the anchor still ends a beginning");
    }

    @Test
    void anyStartGivesBeginningsInsideAWordToo() {
        assertEquals(Optional.of(Set.of("foo", "bar")), LeadingLiterals.anyStart("\\bfoo|bar"));
        assertEquals(Optional.of(Set.of("click here", "click to")), LeadingLiterals.anyStart("Click (here|to)\\b.{0,9}"));
        assertEquals(Optional.of(Set.of("", "x")), LeadingLiterals.anyStart(".{0,9}x"));
    }

    @Test
    void aUnicodeEscapeIsTheCharacterItCodes() {
        assertEquals(Optional.of(Set.of("\u00A9 ", "(c)")), LeadingLiterals.anyStart("(\\u00A9 |\\(c\\))\\s*\\d"));
        assertEquals(Optional.of(Set.of("\u00E9t\u00E9")), LeadingLiterals.of("\\b\\u00C9T\\u00C9"));
    }

    @Test
    void aBrokenRegexIsNotUnderstood() {
        assertTrue(LeadingLiterals.of("(unbalanced").isEmpty());
    }
}
