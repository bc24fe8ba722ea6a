package org.sitrep.ingest.regex;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case-insensitive phrase pattern, found as {@link Matcher#find()} finds it but faster: when it
 * starts with {@code \b} and every match must begin with a word (read by {@link LeadingLiterals}),
 * a match can only start at a word that fits one of those beginnings, so only there is the regex
 * tried. Otherwise it falls back to a plain scan. The matches are the same either way.
 */
public final class WordStartPattern {
    /** Words whose answer is remembered, at most; beyond it answers are computed each time. */
    private static final int MAX_REMEMBERED = 50_000;

    private final Pattern pattern;
    private final List<String> beginnings; // null: try everywhere
    private final Map<String, Boolean> fits = new ConcurrentHashMap<>();

    public WordStartPattern(String regex, int flags) {
        this.pattern = Pattern.compile(regex, flags);
        Optional<Set<String>> leading = regex.startsWith("\\b") ? LeadingLiterals.of(regex) : Optional.empty();
        this.beginnings = leading.filter(WordStartPattern::allStartWords).map(List::copyOf).orElse(null);
    }

    /** Calls {@code match} with each non-overlapping match, leftmost first, as find() would. */
    public void forEachMatch(String text, BiConsumer<Integer, Matcher> match) {
        forEachMatch(text, beginnings == null ? null : WordStarts.of(text), match);
    }

    /** The same, with the text's words already found (shared by the patterns of a lexicon). */
    public void forEachMatch(String text, WordStarts words, BiConsumer<Integer, Matcher> match) {
        Matcher m = pattern.matcher(text);
        if (beginnings == null) {
            while (m.find()) {
                match.accept(m.start(), m);
            }
            return;
        }
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        for (int k = 0; k < words.size(); k++) {
            int i = words.start(k);
            if (i < from || !fits(words.word(k))) {
                continue;
            }
            m.region(i, text.length());
            if (m.lookingAt()) {
                match.accept(i, m);
                from = Math.max(m.end(), i + 1);
            }
        }
    }

    /** Whether there is a match at all. */
    public boolean findsIn(String text) {
        boolean[] found = {false};
        forEachMatch(text, (start, m) -> found[0] = true);
        return found[0];
    }

    /** Whether a match may start at this (case-folded) word. */
    private boolean fits(String word) {
        Boolean known = fits.get(word);
        if (known != null) {
            return known;
        }
        boolean fit = beginnings.stream().anyMatch(b -> fits(word, b));
        if (fits.size() < MAX_REMEMBERED) {
            fits.put(word, fit);
        }
        return fit;
    }

    /** "took control" needs the word "took"; "battle" (of "battles?") a word that starts so. */
    private static boolean fits(String word, String beginning) {
        int wordPart = 0;
        while (wordPart < beginning.length() && WordStarts.isWordChar(beginning.charAt(wordPart))) {
            wordPart++;
        }
        return wordPart == beginning.length() ? word.startsWith(beginning)
                : word.length() == wordPart && beginning.startsWith(word);
    }

    private static boolean allStartWords(Set<String> beginnings) {
        return !beginnings.isEmpty()
                && beginnings.stream().allMatch(b -> !b.isEmpty() && WordStarts.isWordChar(b.charAt(0)));
    }
}
