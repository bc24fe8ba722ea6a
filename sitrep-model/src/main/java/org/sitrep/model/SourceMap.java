package org.sitrep.model;

import java.util.Arrays;

/**
 * Maps each character of a cleaned text back to its offset in the original file, so a span found
 * in the clean body can be shown in the document the user saved.
 */
public final class SourceMap {
    private final int[] origin;
    private final int sourceLength;

    /** @param origin for each clean character, its offset in the source; one entry per character */
    public SourceMap(int[] origin, int sourceLength) {
        this.origin = origin.clone();
        this.sourceLength = sourceLength;
    }

    /** The identity map: the clean text is the source text. */
    public static SourceMap identity(int length) {
        int[] o = new int[length];
        for (int i = 0; i < length; i++) {
            o[i] = i;
        }
        return new SourceMap(o, length);
    }

    public int length() {
        return origin.length;
    }

    /** Source offset of the clean character at {@code index}. */
    public int sourceOffset(int index) {
        if (origin.length == 0) {
            return 0;
        }
        return origin[Math.max(0, Math.min(index, origin.length - 1))];
    }

    /** The source span covering the clean span {@code [start, end)}. */
    public Span toSource(int start, int end) {
        if (end <= start || origin.length == 0) {
            int at = start >= origin.length ? sourceLength : sourceOffset(start);
            return new Span(at, at);
        }
        return new Span(sourceOffset(start), Math.min(sourceLength, sourceOffset(end - 1) + 1));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceMap m && m.sourceLength == sourceLength && Arrays.equals(m.origin, origin);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(origin) * 31 + sourceLength;
    }
}
