package org.sitrep.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.English;
import org.sitrep.extract.text.Tokenizer;

class ClausesTest {
    static final String WHILE = "The SAA liberated Tal Sukkar, while HTS shelled Kafr Ruwayha.";
    static final String SEMICOLON = "The army took the hill; the rebels fled north.";
    static final String OPENER = "Following clashes with HTS, the SAA took the hill.";
    static final String ONE_CLAUSE = "The SAA took the hill at dawn.";

    private static final Set<String> BREAKS = English.frameFilter().clauseBreaks();

    private static Clauses of(String s) {
        return Clauses.of(Tokenizer.tokenize(s), BREAKS);
    }

    @Test
    void aBreakWordOpensAClause() {
        Clauses c = of(WHILE);
        int whileAt = WHILE.indexOf("while");
        assertEquals(0, c.startOf(WHILE.indexOf("liberated")));
        assertEquals(whileAt, c.endOf(WHILE.indexOf("liberated"), WHILE.length()));
        assertEquals(whileAt, c.startOf(WHILE.indexOf("shelled")));
        assertEquals(WHILE.length(), c.endOf(WHILE.indexOf("shelled"), WHILE.length()));
        assertTrue(c.breakBetween(WHILE.indexOf("SAA"), WHILE.indexOf("HTS")));
        assertFalse(c.breakBetween(WHILE.indexOf("SAA"), WHILE.indexOf("Tal")));
    }

    @Test
    void aSemicolonOpensAClauseAfterIt() {
        Clauses c = of(SEMICOLON);
        assertEquals(SEMICOLON.indexOf(';') + 1, c.startOf(SEMICOLON.indexOf("fled")));
    }

    @Test
    void anOpeningSubordinatePhraseEndsAtItsComma() {
        Clauses c = of(OPENER);
        assertEquals(OPENER.indexOf(',') + 1, c.startOf(OPENER.indexOf("took")));
        assertEquals(0, c.startOf(OPENER.indexOf("clashes")));
    }

    @Test
    void aSimpleSentenceIsOneClause() {
        Clauses c = of(ONE_CLAUSE);
        assertEquals(0, c.startOf(ONE_CLAUSE.length() - 1));
        assertEquals(ONE_CLAUSE.length(), c.endOf(0, ONE_CLAUSE.length()));
        assertFalse(c.breakBetween(0, ONE_CLAUSE.length()));
    }
}
