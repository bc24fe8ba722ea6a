package org.sitrep.extract.text;

import java.util.List;

/**
 * Whether a word of a modal list ("may", "will", "can") is used as a modal at a token. A month
 * spelled like one is not: "On 3 May 2019, gunmen killed ..." tells a killing, not a possibility.
 * Written capitalized inside a sentence, or followed by a number, the word is a name or a date.
 */
public final class ModalUse {
    private ModalUse() {
    }

    /** @return false where the token at {@code at} is a capitalized word inside the sentence or stands before a number */
    public static boolean isModal(List<Token> tokens, int at) {
        if (at < 0 || at >= tokens.size()) {
            return false;
        }
        if (at > 0 && tokens.get(at).isCapitalized() && !opensSentence(tokens.get(at - 1))) {
            return false;
        }
        String next = at + 1 < tokens.size() ? tokens.get(at + 1).text() : "";
        return next.isEmpty() || !Character.isDigit(next.codePointAt(0));
    }

    /** A word after a quote or a colon may be capitalized as a sentence's first. */
    private static boolean opensSentence(Token before) {
        return switch (before.text()) {
            case "\"", "“", ":", "(", "'", "‘" -> true;
            default -> false;
        };
    }
}
