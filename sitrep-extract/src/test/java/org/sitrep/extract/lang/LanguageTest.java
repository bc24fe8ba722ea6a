package org.sitrep.extract.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageTest {
    /** A language of the tests (src/test/resources/.../lang/zz/): places.txt and abbreviations.txt only. */
    private final Language zz = Language.bundled("zz");

    @Test
    void everyFileOfEnglishIsBundled() {
        Language en = Language.english();
        for (LanguageFile f : LanguageFile.values()) {
            assertTrue(en.has(f), f.fileName());
            assertFalse(en.lines(f).isEmpty(), f.fileName());
        }
    }

    @Test
    void readsSectionsWithoutCommentsOrBlankLines() {
        assertEquals(List.of("village of"), zz.lexicon(LanguageFile.PLACES).list("feature-of"));
        assertEquals(List.of("[dot]", "Dr"), zz.lines(LanguageFile.ABBREVIATIONS));
        assertEquals("lang/zz/places.txt", zz.path(LanguageFile.PLACES));
    }

    @Test
    void aMissingFileNamesTheLanguageAndTheFile() {
        assertFalse(zz.has(LanguageFile.CASUALTIES));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> zz.lines(LanguageFile.CASUALTIES));
        assertEquals("language zz, lang/zz/casualties.txt: data file missing", e.getMessage());
    }

    @Test
    void aMissingSectionNamesTheLanguageTheFileAndTheSection() {
        Lexicon places = zz.lexicon(LanguageFile.PLACES);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> places.list("direction"));
        assertEquals("language zz, lang/zz/places.txt: section [direction] missing", e.getMessage());
    }

    @Test
    void anAlternationKeepsTheFileOrder() {
        Lexicon lx = Lexicon.parse("test", List.of("[w]", "b", "a"));
        assertEquals("(?:b|a)", lx.alternation("w"));
    }
}
