package org.sitrep.ingest.regex;

import java.util.Arrays;

/** Where the words of a text start, as {@code \b} sees words, and each word case-folded. */
public final class WordStarts {
    /**
     * The words of the texts a thread read lately: a report's sentences go through several
     * lexicons stage by stage (triggers, then dates, then attribution...), which then find each
     * sentence's words once, with their hashes computed once.
     */
    private static final RecentTexts<WordStarts> LATELY = new RecentTexts<>(WordStarts::find);

    private final int[] starts;
    private final String[] words;

    private WordStarts(int[] starts, String[] words) {
        this.starts = starts;
        this.words = words;
    }

    /** The text's words; the same instance for the same text while a thread reads a report. */
    public static WordStarts of(String text) {
        return LATELY.of(text);
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
        return new WordStarts(Arrays.copyOf(starts, n), Arrays.copyOf(words, n));
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
