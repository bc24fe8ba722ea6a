package org.sitrep.extract.text;

import java.util.Locale;

/**
 * A word or punctuation mark, with its offsets in the sentence and its lower-case form (computed
 * once: the rules compare lower-case forms many times per token).
 */
public record Token(String text, int start, int end, String lower) {
    public Token(String text, int start, int end) {
        this(text, start, end, text.toLowerCase(Locale.ROOT).replace('’', '\''));
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean isWord() {
        return !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0));
    }
}
