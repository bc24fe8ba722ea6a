package org.sitrep.server.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The skipping search finds the words exactly where a plain substring search does. */
class WordSearchTest {
    @Test
    void findsWhatContainsFinds() {
        Random random = new Random(3);
        String alphabet = "ab sé"; // few letters, so words recur and nearly recur; é is two bytes
        for (int round = 0; round < 20_000; round++) {
            String text = random(random, alphabet, random.nextInt(30));
            String words = random.nextInt(4) == 0 && text.length() > 2
                    ? text.substring(random.nextInt(text.length() / 2), text.length() - random.nextInt(2))
                    : random(random, alphabet, 1 + random.nextInt(5));
            assertEquals(text.contains(words), new WordSearch(words).foundIn(text.getBytes(StandardCharsets.UTF_8)),
                    "'" + words + "' in '" + text + "'");
        }
    }

    @Test
    void edges() {
        assertTrue(new WordSearch("shelling").foundIn("shelling".getBytes(StandardCharsets.UTF_8)));
        assertTrue(new WordSearch("shelling").foundIn("heavy shellings".getBytes(StandardCharsets.UTF_8)));
        assertFalse(new WordSearch("shelling").foundIn("shellin".getBytes(StandardCharsets.UTF_8)));
        assertFalse(new WordSearch("shelling").foundIn(null));
    }

    private static String random(Random random, String alphabet, int length) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < length; k++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }
}
