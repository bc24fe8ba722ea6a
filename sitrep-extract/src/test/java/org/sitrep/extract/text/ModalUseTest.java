package org.sitrep.extract.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModalUseTest {
    private static boolean modalAt(String sentence, String word) {
        List<Token> tokens = Tokenizer.tokenize(sentence);
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(word)) {
                return ModalUse.isModal(tokens, i);
            }
        }
        throw new AssertionError(word + " not in " + sentence);
    }

    @Test
    void aModalBeforeAVerbIsOne() {
        assertTrue(modalAt("The army may attack the town.", "may"));
        assertTrue(modalAt("May the talks succeed.", "May"));
        assertTrue(modalAt("He said: \"Will they come?\"", "Will"));
    }

    @Test
    void aMonthOrANameSpelledLikeOneIsNot() {
        assertFalse(modalAt("On 3 May 2019, gunmen killed two men.", "May"));
        assertFalse(modalAt("Talks resumed in may 2019.", "may"));
        assertFalse(modalAt("Since May, the town has been quiet.", "May"));
        assertFalse(modalAt("Reporter Will Jones was wounded.", "Will"));
    }
}
