package org.sitrep.ingest.regex;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The literal beginnings a case-insensitive regex's matches must have, read from the regex itself:
 * {@code \b(?:(?:re)?captured|took control)} gives "recaptured", "captured", "took control". A
 * lexicon of phrase patterns then need only be tried at words that start with one of them.
 * Whatever it does not follow (classes, dots, escapes other than {@code \b} and escaped
 * punctuation, inline flags, repetition) ends a beginning there, so each is only ever a prefix of
 * what the regex needs; an empty beginning means "could start with anything".
 */
public final class LeadingLiterals {
    /** More beginnings than this and the rest of the regex is not followed. */
    private static final int MAX = 256;

    /** {@code bounded}: a {@code \b} comes before the first character, so the match starts a word. */
    private record Prefix(String text, boolean open, boolean bounded) {
        Prefix then(Prefix next) {
            return new Prefix(text + next.text, next.open, text.isEmpty() ? bounded || next.bounded : bounded);
        }

        Prefix closed() {
            return new Prefix(text, false, bounded);
        }
    }

    private static final List<Prefix> NOTHING = List.of(new Prefix("", true, false));
    private static final List<Prefix> UNKNOWN = List.of(new Prefix("", false, false));
    private static final List<Prefix> BOUNDARY = List.of(new Prefix("", true, true));

    private final String regex;
    private int pos;

    private LeadingLiterals(String regex) {
        this.regex = regex;
    }

    /**
     * The case-folded beginnings of the regex's matches, each a word's start: a way through the
     * regex with no {@code \b} before its first character gives the empty beginning, since its
     * match may start inside a word. Empty when the regex is not understood.
     */
    public static Optional<Set<String>> of(String regex) {
        return prefixes(regex).map(prefixes -> texts(prefixes, true));
    }

    /**
     * The case-folded beginnings of the regex's matches wherever they start, in a word or not:
     * the empty beginning means a match may begin with anything. Empty when the regex is not understood.
     */
    public static Optional<Set<String>> anyStart(String regex) {
        return prefixes(regex).map(prefixes -> texts(prefixes, false));
    }

    private static Optional<List<Prefix>> prefixes(String regex) {
        try {
            LeadingLiterals parser = new LeadingLiterals(regex);
            List<Prefix> prefixes = parser.alternation();
            return parser.pos == regex.length() ? Optional.of(prefixes) : Optional.empty();
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Set<String> texts(List<Prefix> prefixes, boolean wordStartsOnly) {
        Set<String> texts = new LinkedHashSet<>();
        prefixes.forEach(p -> texts.add(!wordStartsOnly || p.bounded() ? p.text() : ""));
        return texts;
    }

    private List<Prefix> alternation() {
        List<Prefix> all = new ArrayList<>(sequence());
        while (pos < regex.length() && regex.charAt(pos) == '|') {
            pos++;
            all.addAll(sequence());
        }
        return all;
    }

    private List<Prefix> sequence() {
        List<Prefix> current = NOTHING;
        while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
            List<Prefix> options = quantified(atom());
            if (current.stream().noneMatch(Prefix::open)) {
                continue; // the rest is parsed only to find where the sequence ends
            }
            List<Prefix> next = new ArrayList<>();
            for (Prefix p : current) {
                if (!p.open()) {
                    next.add(p);
                    continue;
                }
                for (Prefix o : options) {
                    next.add(p.then(o));
                }
            }
            current = next.size() <= MAX ? next : closed(current);
        }
        return current;
    }

    private static List<Prefix> closed(List<Prefix> prefixes) {
        return prefixes.stream().map(Prefix::closed).toList();
    }

    private List<Prefix> atom() {
        char c = regex.charAt(pos++);
        switch (c) {
            case '(':
                return group();
            case '\\':
                char escaped = regex.charAt(pos++);
                if (escaped == 'b') {
                    return BOUNDARY;
                }
                if (escaped == 'u' && pos + 4 <= regex.length()) { // a Unicode escape: the character it codes
                    char coded = (char) Integer.parseInt(regex.substring(pos, pos + 4), 16);
                    pos += 4;
                    return Character.isSurrogate(coded) ? UNKNOWN : literal(coded);
                }
                if (Character.isLetterOrDigit(escaped)) {
                    if ((escaped == 'p' || escaped == 'P') && regex.charAt(pos) == '{') {
                        pos = regex.indexOf('}', pos) + 1;
                    }
                    return UNKNOWN; // \s, \w, \p{L}, \1...
                }
                return literal(escaped);
            case '[':
                pos = RegexShape.afterClass(regex, pos);
                return UNKNOWN;
            case '.':
            case '^':
            case '$':
                return UNKNOWN;
            default:
                return literal(c);
        }
    }

    private static List<Prefix> literal(char c) {
        return List.of(new Prefix(String.valueOf(WordStarts.fold(c)), true, false));
    }

    /** After "(": lookarounds match nothing; groups give their alternation's beginnings. */
    private List<Prefix> group() {
        if (regex.charAt(pos) != '?') {
            return closeGroup(alternation());
        }
        pos++;
        char kind = regex.charAt(pos);
        if (kind == ':') {
            pos++;
            return closeGroup(alternation());
        }
        if (kind == '=' || kind == '!' || (kind == '<' && "=!".indexOf(regex.charAt(pos + 1)) >= 0)) {
            pos += kind == '<' ? 2 : 1;
            closeGroup(alternation());
            return NOTHING;
        }
        if (kind == '<') { // a named group
            pos = regex.indexOf('>', pos) + 1;
            return closeGroup(alternation());
        }
        // inline flags: (?-i:...) or (?i:...) only make case count or not, which folding covers;
        // others ((?x:...), a bare (?i)) change what the text means: not followed
        int colon = regex.indexOf(':', pos);
        int close = regex.indexOf(')', pos);
        if (colon < 0 || close < colon) {
            pos = close + 1;
            return UNKNOWN;
        }
        boolean caseOnly = regex.substring(pos, colon).matches("-?[iu]+");
        pos = colon + 1;
        List<Prefix> inside = closeGroup(alternation());
        return caseOnly ? inside : UNKNOWN;
    }

    private List<Prefix> closeGroup(List<Prefix> inside) {
        if (regex.charAt(pos) != ')') {
            throw new IndexOutOfBoundsException("unbalanced group");
        }
        pos++;
        return inside;
    }

    /** Applies a quantifier after an atom, if any: "?", "*" and "{0," add the empty option; repetition ends a beginning. */
    private List<Prefix> quantified(List<Prefix> atom) {
        if (pos >= regex.length() || "?*+{".indexOf(regex.charAt(pos)) < 0) {
            return atom;
        }
        char q = regex.charAt(pos);
        List<Prefix> options;
        if (q == '?') {
            options = new ArrayList<>(atom);
            options.add(NOTHING.get(0));
            pos++;
        } else {
            boolean none = q == '*';
            if (q == '{') {
                int close = regex.indexOf('}', pos);
                none = regex.substring(pos + 1, close).strip().startsWith("0");
                pos = close;
            }
            pos++;
            options = new ArrayList<>(closed(atom)); // once at least; how often is not followed
            if (none) {
                options.add(NOTHING.get(0));
            }
        }
        if (pos < regex.length() && (regex.charAt(pos) == '?' || regex.charAt(pos) == '+')) {
            pos++; // lazy or possessive: the same strings
        }
        return options;
    }
}
