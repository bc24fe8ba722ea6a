package org.sitrep.ingest.regex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;

/**
 * Phrase patterns tried together on a text, each found as {@link Matcher#find()} finds it, but
 * faster: the text's words are found once, which patterns may start at each word is one lookup
 * (remembered per word), and a pattern is tried only at the words it fits. Thread-safe.
 */
public final class PatternLexicon {
    /** Words whose answer is remembered, at most; beyond it answers are computed each time. */
    private static final int MAX_REMEMBERED = 100_000;
    private static final int[] NONE = new int[0];

    /** A match of pattern number {@code pattern} (in the lexicon's order) starting at {@code start}. */
    @FunctionalInterface
    public interface MatchConsumer {
        void accept(int pattern, int start, Matcher match);
    }

    private final List<WordStartPattern> patterns;
    private final Map<Character, int[]> byFirstLetter = new HashMap<>(); // word-start patterns a word's letter may begin
    private final Map<String, boolean[]> fitting = new ConcurrentHashMap<>();

    public PatternLexicon(List<WordStartPattern> patterns) {
        this.patterns = List.copyOf(patterns);
        Map<Character, List<Integer>> index = new HashMap<>();
        for (int k = 0; k < this.patterns.size(); k++) {
            for (char c : this.patterns.get(k).firstLetters()) {
                index.computeIfAbsent(c, x -> new ArrayList<>()).add(k);
            }
        }
        index.forEach((c, ks) -> byFirstLetter.put(c, ks.stream().mapToInt(Integer::intValue).toArray()));
    }

    /**
     * Calls {@code consumer} with each pattern's non-overlapping matches, leftmost first, pattern
     * after pattern in the lexicon's order: what a find() loop per pattern would give.
     */
    public void forEachMatch(String text, MatchConsumer consumer) {
        WordStarts words = WordStarts.of(text);
        boolean[][] fits = new boolean[words.size()][];
        for (int w = 0; w < words.size(); w++) {
            fits[w] = fitting(words.word(w));
        }
        for (int k = 0; k < patterns.size(); k++) {
            if (patterns.get(k).anywhere()) {
                Matcher m = patterns.get(k).pattern().matcher(text);
                while (m.find()) {
                    consumer.accept(k, m.start(), m);
                }
                continue;
            }
            if (patterns.get(k).atTextStart()) {
                Matcher m = patterns.get(k).pattern().matcher(text);
                if (m.lookingAt()) {
                    consumer.accept(k, 0, m);
                }
                continue;
            }
            Matcher m = null; // made at the first word the pattern fits: most fit none
            int from = 0;
            for (int w = 0; w < words.size(); w++) {
                int i = words.start(w);
                if (i < from || !fits[w][k]) {
                    continue;
                }
                if (m == null) {
                    m = patterns.get(k).pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                }
                m.region(i, text.length());
                if (m.lookingAt()) {
                    consumer.accept(k, i, m);
                    from = Math.max(m.end(), i + 1);
                }
            }
        }
    }

    /** Whether any pattern matches anywhere in the text. */
    public boolean anyMatch(String text) {
        boolean[] found = {false};
        forEachMatch(text, (k, start, m) -> found[0] = true);
        return found[0];
    }

    private boolean[] fitting(String word) {
        boolean[] known = fitting.get(word);
        if (known != null) {
            return known;
        }
        boolean[] fit = new boolean[patterns.size()];
        for (int k = 0; k < fit.length; k++) {
            // tried everywhere (never word by word), or at every word
            fit[k] = patterns.get(k).anywhere() || patterns.get(k).fitsEveryWord();
        }
        for (int k : byFirstLetter.getOrDefault(word.charAt(0), NONE)) {
            fit[k] = patterns.get(k).fits(word);
        }
        if (fitting.size() < MAX_REMEMBERED) {
            fitting.put(word, fit);
        }
        return fit;
    }
}
