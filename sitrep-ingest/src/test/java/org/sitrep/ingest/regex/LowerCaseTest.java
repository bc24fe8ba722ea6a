package org.sitrep.ingest.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LowerCaseTest {
    @Test
    void theSameTextGivesTheSameLowerCasedInstance() {
        String sentence = "Troops SHELLED Kafr Nabl.";
        assertEquals("troops shelled kafr nabl.", LowerCase.of(sentence));
        assertSame(LowerCase.of(sentence), LowerCase.of(sentence));
        assertEquals("i̇stanbul", LowerCase.of("İstanbul"), "as toLowerCase(Locale.ROOT) does, longer included");
        assertEquals("İstanbul".toLowerCase(Locale.ROOT), LowerCase.of("İstanbul"));
    }

    @Test
    void manyTextsAreEachLowerCasedRight() {
        for (int i = 0; i < 2000; i++) {
            String text = "Report " + i + " SAYS";
            assertEquals("report " + i + " says", LowerCase.of(text));
        }
    }
}
