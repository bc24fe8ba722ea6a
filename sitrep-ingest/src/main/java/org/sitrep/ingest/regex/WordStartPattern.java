package org.sitrep.ingest.regex;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A case-insensitive phrase pattern and where its matches can start: when every match must begin
 * a word with one of a few beginnings (read by {@link LeadingLiterals}), a match can only start at
 * a word that fits one of them. {@link PatternLexicon} tries it there alone; at every word when
 * its matches begin words whose beginnings are not known ("\b\d+ more"); once, at the text's
 * start, when it is anchored there ("^according to"); and everywhere when it is of none of these
 * kinds.
 */
public final class WordStartPattern {
    private final Pattern pattern;
    private final List<String> beginnings; // null: try at every word, or everywhere
    private final boolean everyWord;
    private final boolean textStart;
    private final Set<Character> firstLetters;

    public WordStartPattern(String regex, int flags) {
        this.pattern = Pattern.compile(regex, flags);
        this.beginnings = LeadingLiterals.of(regex).filter(WordStartPattern::allStartWords).map(List::copyOf).orElse(null);
        // \b and \d mean other characters under UNICODE_CHARACTER_CLASS than WordStarts' words
        this.everyWord = beginnings == null && (flags & Pattern.UNICODE_CHARACTER_CLASS) == 0
                && LeadingLiterals.startsWords(regex);
        this.textStart = beginnings == null && !everyWord && (flags & Pattern.MULTILINE) == 0
                && LeadingLiterals.startsAtTextStart(regex);
        this.firstLetters = beginnings == null ? Set.of()
                : beginnings.stream().map(b -> b.charAt(0)).collect(Collectors.toUnmodifiableSet());
    }

    public Pattern pattern() {
        return pattern;
    }

    /** Whether its matches may start anywhere, so that it must be tried at every character. */
    public boolean anywhere() {
        return beginnings == null && !everyWord && !textStart;
    }

    /** Whether its only match can start at the text's start ({@code ^}, not MULTILINE): tried there once. */
    public boolean atTextStart() {
        return textStart;
    }

    /** Whether its matches begin words, any word: it is tried at each. */
    public boolean fitsEveryWord() {
        return everyWord;
    }

    /** The (case-folded) first letters of the words a match may start at; none when it may start anywhere. */
    public Set<Character> firstLetters() {
        return firstLetters;
    }

    /** Whether a match may start at this (case-folded) word. */
    public boolean fits(String word) {
        if (beginnings == null) {
            return true;
        }
        if (!firstLetters.contains(word.charAt(0))) {
            return false;
        }
        for (String b : beginnings) {
            if (fits(word, b)) {
                return true;
            }
        }
        return false;
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
