package org.sitrep.ingest;

import java.util.Arrays;
import org.sitrep.model.Span;

/**
 * A piece of cleaned text that remembers, for each of its characters, the offset in the original
 * document the character came from. Immutable.
 */
final class MappedText {
    static final MappedText EMPTY = new MappedText("", new int[0]);

    private final String text;
    private final int[] origin;

    MappedText(String text, int[] origin) {
        if (text.length() != origin.length) {
            throw new IllegalArgumentException("one origin per character");
        }
        this.text = text;
        this.origin = origin;
    }

    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    boolean isBlank() {
        return text.isBlank();
    }

    /** Source offset of character {@code i}. */
    int origin(int i) {
        return origin[i];
    }

    /** The source span from the first to the last character, or null when empty. */
    Span sourceSpan() {
        return origin.length == 0 ? null : new Span(origin[0], origin[origin.length - 1] + 1);
    }

    MappedText sub(int start, int end) {
        return new MappedText(text.substring(start, end), Arrays.copyOfRange(origin, start, end));
    }

    MappedText strip() {
        int s = 0;
        int e = text.length();
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return s == 0 && e == text.length() ? this : sub(s, e);
    }

    int[] origins() {
        return origin.clone();
    }

    @Override
    public String toString() {
        return text;
    }
}
