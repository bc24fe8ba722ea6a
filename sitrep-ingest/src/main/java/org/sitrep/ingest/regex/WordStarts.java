package org.sitrep.ingest.regex;

import java.util.Arrays;

/** Where the words of a text start, as {@code \b} sees words, and each word case-folded. */
public final class WordStarts {
    /**
     * The last text's words, per thread: a sentence goes through several lexicons in turn (triggers,
     * dates, losses, attribution), which then find its words once, with their hashes computed once.
     */
    private static final ThreadLocal<WordStarts> LAST = new ThreadLocal<>();

    private final String text;
    private final int[] starts;
    private final String[] words;

    private WordStarts(String text, int[] starts, String[] words) {
        this.text = text;
        this.starts = starts;
        this.words = words;
    }

    public static WordStarts of(String text) {
        WordStarts last = LAST.get();
        if (last != null && last.text == text) {
            return last; // the same instance: immutable, so the same words
        }
        WordStarts found = find(text);
        LAST.set(found);
        return found;
    }

    private static WordStarts find(String text) {
        int[] starts = new int[16];
        String[] words = new String[16];
        int n = 0;
        int i = 0;
        while (i < text.length()) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && isWordChar(text.charAt(i))) {
                i++;
            }
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
                words = Arrays.copyOf(words, n * 2);
            }
            starts[n] = start;
            words[n] = folded(text, start, i);
            n++;
        }
        return new WordStarts(text, Arrays.copyOf(starts, n), Arrays.copyOf(words, n));
    }

    private static String folded(String text, int from, int to) {
        char[] chars = new char[to - from];
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            chars[i - from] = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : fold(c);
        }
        return new String(chars);
    }

    public int size() {
        return starts.length;
    }

    public int start(int k) {
        return starts[k];
    }

    /** The k-th word, folded character by character (so as long as in the text). */
    public String word(int k) {
        return words[k];
    }

    /**
     * A character as case-insensitive matching compares it, Unicode's way included (long s is s):
     * characters a regex takes as equal fold to the same.
     */
    public static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** As {@code \b} sees a word character. */
    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
