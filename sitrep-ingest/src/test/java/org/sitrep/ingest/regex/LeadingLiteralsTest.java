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
        assertEquals(Optional.of(Set.of("battles", "battle", "took ")), LeadingLiterals.of("battles?|took \\w+"));
        assertEquals(Optional.of(Set.of("a", "b")), LeadingLiterals.of("a{0,2}b"));
        assertEquals(Optional.of(Set.of("a")), LeadingLiterals.of("a{1,2}b"));
        assertEquals(Optional.of(Set.of("shelled", "shelling")), LeadingLiterals.of("shell(?:ed|ing)+"));
    }

    @Test
    void lookaroundsMatchNothingAndAreSkipped() {
        assertEquals(Optional.of(Set.of("capture")), LeadingLiterals.of("(?<=to )(?<![-\\w])capture(?= the)"));
    }

    @Test
    void whatItCannotFollowGivesAnEmptyBeginning() {
        assertEquals(Optional.of(Set.of("")), LeadingLiterals.of("\\w+ said"));
        assertEquals(Optional.of(Set.of("")), LeadingLiterals.of("[a-c]at"));
        assertEquals(Optional.of(Set.of("ab", "")), LeadingLiterals.of("(?:a|.)b"));
        assertEquals(Optional.of(Set.of("")), LeadingLiterals.of("(?-i:[A-Z])x"));
        assertEquals(Optional.of(Set.of("")), LeadingLiterals.of("(?i)x"));
        assertEquals(Optional.of(Set.of("a", "b")), LeadingLiterals.of("(?:a)*b"));
    }

    @Test
    void aBrokenRegexIsNotUnderstood() {
        assertTrue(LeadingLiterals.of("(unbalanced").isEmpty());
    }
}
