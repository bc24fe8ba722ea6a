package org.sitrep.extract.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.extract.English;
import org.sitrep.extract.text.Tokenizer;

class CountWordsTest {
    private final CountWords counts = English.counts();

    private CountWords.Count at(String text) {
        return counts.at(Tokenizer.tokenize(text), 0);
    }

    @Test
    void digitsWordsAndPhrases() {
        assertEquals(35, at("35 fighters").value());
        assertEquals(3, at("three fighters").value());
        assertEquals(42, at("forty-two fighters").value());
        assertEquals(12, at("dozens of fighters").value());
        assertEquals(2, at("dozens of fighters").end(), "the phrase spans both words");
        assertEquals(100, at("hundreds of fighters").value());
    }

    @Test
    void anArticleIsACountOfOneThatSaysSo() {
        CountWords.Count c = at("a soldier");
        assertEquals(1, c.value());
        assertTrue(c.isArticle(Tokenizer.tokenize("a soldier")));
    }

    @Test
    void aWordThatIsNoNumber() {
        assertNull(at("several fighters"));
        assertNull(at("soldiers"));
    }
}
