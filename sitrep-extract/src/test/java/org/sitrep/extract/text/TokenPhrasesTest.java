package org.sitrep.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenPhrasesTest {
    private final TokenPhrases cues = TokenPhrases.of(List.of("killed", "were killed", "at least", "battle tanks", "tanks"));
    private final List<Token> tokens = Tokenizer.tokenize("Five Soldiers were killed and at least two battle tanks burned.");

    @Test
    void theLongestPhraseStartingAtATokenWins() {
        assertEquals(List.of("battle", "tanks"), cues.phraseAt(tokens, 8));
        assertEquals(List.of("were", "killed"), cues.phraseAt(tokens, 2));
        assertNull(cues.phraseAt(tokens, 0));
        assertFalse(cues.startsAt(tokens, 99));
    }

    @Test
    void phrasesEndingBeforeAToken() {
        assertEquals(List.of("were", "killed"), cues.phraseEndingAt(tokens, 4));
        assertTrue(cues.endsAt(tokens, 7), "at least");
        assertFalse(cues.endsAt(tokens, 5));
        assertTrue(cues.endsWithin(tokens, 6, 2), "'killed' ends two tokens before 'least'");
        assertFalse(cues.endsWithin(tokens, 6, 1));
        assertFalse(cues.endsWithin(tokens, 4, 0, start -> start != 2 && start != 3), "the start is refused");
    }

    @Test
    void matchingIgnoresCaseAndAddedPhrasesJoin() {
        TokenPhrases more = cues.plus(List.of("five soldiers"));
        assertEquals(List.of("five", "soldiers"), more.phraseAt(tokens, 0));
        assertNull(cues.phraseAt(tokens, 0), "the original is unchanged");
    }
}
