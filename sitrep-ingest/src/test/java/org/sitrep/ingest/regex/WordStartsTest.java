package org.sitrep.ingest.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class WordStartsTest {
    @Test
    void wordsStartWhereBoundariesSeeThemAndAreFolded() {
        WordStarts w = WordStarts.of("The 3rd brigade's ÉLAN, re-took");
        assertEquals(7, w.size());
        assertEquals("the", w.word(0));
        assertEquals("3rd", w.word(1));
        assertEquals("s", w.word(3));
        assertEquals("élan", w.word(4));
        assertEquals(24, w.start(5));
        assertEquals(27, w.start(6));
    }

    @Test
    void theSameTextIsReadOnceAndAnotherTextAnew() {
        String sentence = "Troops shelled the town.";
        assertSame(WordStarts.of(sentence), WordStarts.of(sentence), "lexicons in turn share the words");
        WordStarts other = WordStarts.of("Rebels withdrew.");
        assertEquals("rebels", other.word(0));
        assertEquals("troops", WordStarts.of(new String(sentence.toCharArray())).word(0), "an equal text: read anew");
        assertSame(WordStarts.of(sentence), WordStarts.of(sentence), "still kept after another text");
        assertEquals(4, WordStarts.of(sentence).size());
    }
}
