package org.sitrep.ingest.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void aBrokenRegexIsNotUnderstood() {
        assertTrue(LeadingLiterals.of("(unbalanced").isEmpty());
    }
}
