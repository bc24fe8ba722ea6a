package org.sitrep.extract.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * A list of cue phrases from a lexicon ("were killed", "at least"), matched on lower-case tokens.
 * Phrases are indexed by their first and last word, so asking "does one start (or end) here" costs
 * a map lookup, not a pass over the whole list; where several fit, the longest wins.
 */
public final class TokenPhrases {
    private final List<List<String>> phrases;
    private final Map<String, List<List<String>>> byFirst = new HashMap<>();
    private final Map<String, List<List<String>>> byLast = new HashMap<>();

    private TokenPhrases(List<List<String>> phrases) {
        List<List<String>> sorted = new ArrayList<>(phrases);
        sorted.removeIf(List::isEmpty);
        sorted.sort((a, b) -> b.size() - a.size()); // stable: equal lengths keep the file's order
        this.phrases = List.copyOf(sorted);
        for (List<String> p : this.phrases) {
            byFirst.computeIfAbsent(p.get(0), k -> new ArrayList<>()).add(p);
            byLast.computeIfAbsent(p.get(p.size() - 1), k -> new ArrayList<>()).add(p);
        }
    }

    /** The entries of a lexicon list, each tokenized as sentences are. */
    public static TokenPhrases of(Collection<String> entries) {
        return new TokenPhrases(entries.stream().map(e -> Tokenizer.tokenize(e).stream().map(Token::lower).toList()).toList());
    }

    /** These phrases and those of {@code entries}. */
    public TokenPhrases plus(Collection<String> entries) {
        List<List<String>> all = new ArrayList<>(phrases);
        all.addAll(of(entries).phrases);
        return new TokenPhrases(all);
    }

    /** The longest phrase starting at token {@code at}, or null. */
    public List<String> phraseAt(List<Token> tokens, int at) {
        if (at < 0 || at >= tokens.size()) {
            return null;
        }
        for (List<String> p : byFirst.getOrDefault(tokens.get(at).lower(), List.of())) {
            if (matchesAt(tokens, at, p)) {
                return p;
            }
        }
        return null;
    }

    public boolean startsAt(List<Token> tokens, int at) {
        return phraseAt(tokens, at) != null;
    }

    /** The longest phrase ending right before token {@code end}, or null. */
    public List<String> phraseEndingAt(List<Token> tokens, int end) {
        return phraseEndingAt(tokens, end, start -> true);
    }

    public boolean endsAt(List<Token> tokens, int end) {
        return phraseEndingAt(tokens, end) != null;
    }

    /** A phrase ends within {@code window} tokens before token {@code at} (or right before it). */
    public boolean endsWithin(List<Token> tokens, int at, int window) {
        return endsWithin(tokens, at, window, start -> true);
    }

    /** The same, for a phrase whose start token {@code startOk} accepts. */
    public boolean endsWithin(List<Token> tokens, int at, int window, IntPredicate startOk) {
        return lastEndWithin(tokens, at, window, startOk) >= 0;
    }

    /** Where the phrase ending closest before token {@code at} (within {@code window}) ends, or -1. */
    public int lastEndWithin(List<Token> tokens, int at, int window) {
        return lastEndWithin(tokens, at, window, start -> true);
    }

    private int lastEndWithin(List<Token> tokens, int at, int window, IntPredicate startOk) {
        for (int end = Math.min(at, tokens.size()); end >= Math.max(1, at - window); end--) {
            if (phraseEndingAt(tokens, end, startOk) != null) {
                return end;
            }
        }
        return -1;
    }

    private List<String> phraseEndingAt(List<Token> tokens, int end, IntPredicate startOk) {
        if (end <= 0 || end > tokens.size()) {
            return null;
        }
        for (List<String> p : byLast.getOrDefault(tokens.get(end - 1).lower(), List.of())) {
            int start = end - p.size();
            if (start >= 0 && matchesAt(tokens, start, p) && startOk.test(start)) {
                return p;
            }
        }
        return null;
    }

    /** Whether {@code phrase} (lower case) is at token {@code at}. */
    public static boolean matchesAt(List<Token> tokens, int at, List<String> phrase) {
        if (at < 0 || at + phrase.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!tokens.get(at + k).lower().equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }
}
