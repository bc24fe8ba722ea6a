package org.sitrep.ingest;

import java.util.Arrays;

/** Builds a {@link MappedText} one character at a time, collapsing runs of white space. */
final class MappedTextBuilder {
    private final StringBuilder text = new StringBuilder();
    private int[] origin = new int[64];

    MappedTextBuilder append(char c, int sourceOffset) {
        if (text.length() == origin.length) {
            origin = Arrays.copyOf(origin, origin.length * 2);
        }
        origin[text.length()] = sourceOffset;
        text.append(c);
        return this;
    }

    MappedTextBuilder append(MappedText t) {
        for (int i = 0; i < t.length(); i++) {
            append(t.text().charAt(i), t.origin(i));
        }
        return this;
    }

    /** One space for any run of white space; none at the start. */
    MappedTextBuilder appendSpace(int sourceOffset) {
        if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
            append(' ', sourceOffset);
        }
        return this;
    }

    /**
     * Appends a character as a reader sees it: white space of any kind becomes one space, and
     * invisible characters (byte order mark, zero-width marks, soft hyphen, controls) are dropped.
     */
    MappedTextBuilder appendVisible(char c, int sourceOffset) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return appendSpace(sourceOffset);
        }
        if (isInvisible(c)) {
            return this;
        }
        return append(c, sourceOffset);
    }

    private static boolean isInvisible(char c) {
        return c == '\uFEFF' || c == '\u00AD' || (c >= '\u200B' && c <= '\u200F') || c == '\u2060'
                || Character.getType(c) == Character.CONTROL;
    }

    int length() {
        return text.length();
    }

    boolean isEmpty() {
        return text.length() == 0;
    }

    MappedText build() {
        return new MappedText(text.toString(), Arrays.copyOf(origin, text.length()));
    }
}
