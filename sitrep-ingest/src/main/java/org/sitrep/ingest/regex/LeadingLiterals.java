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

    /**
     * {@code bounded}: a {@code \b} comes before the first character, so the match starts a word.
     * {@code wordChar}, for an empty text: its first character is one {@code \b} takes for a word's
     * ({@code \d} or {@code \w}), though which is not known. {@code anchored}: a {@code ^} comes
     * before the first character.
     */
    private record Prefix(String text, boolean open, boolean bounded, boolean wordChar, boolean anchored) {
        Prefix then(Prefix next) {
            return text.isEmpty() ? new Prefix(next.text, next.open, bounded || next.bounded, next.wordChar,
                    anchored || next.anchored) : new Prefix(text + next.text, next.open, bounded, false, anchored);
        }

        Prefix closed() {
            return new Prefix(text, false, bounded, wordChar, anchored);
        }

        boolean startsWord() {
            return bounded && (text.isEmpty() ? wordChar : WordStarts.isWordChar(text.charAt(0)));
        }
    }

    private static final List<Prefix> NOTHING = List.of(new Prefix("", true, false, false, false));
    private static final List<Prefix> UNKNOWN = List.of(new Prefix("", false, false, false, false));
    private static final List<Prefix> BOUNDARY = List.of(new Prefix("", true, true, false, false));
    private static final List<Prefix> WORD_CHARACTER = List.of(new Prefix("", false, false, true, false));
    /** {@code ^}: what follows is not read (a regex anchored so is tried once anyway). */
    private static final List<Prefix> TEXT_START = List.of(new Prefix("", false, false, false, true));
    /**
     * Escapes of classes whose every character is a word character to {@code \b} and to
     * {@link WordStarts}: ASCII ones (a letter outside the BMP is two chars to WordStarts).
     */
    private static final List<String> WORD_CLASSES = List.of("\\d", "\\w");

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

    /**
     * Whether every match of the regex begins a word: a {@code \b} comes first, then a word
     * character, literal or of a class such as {@code \d}. Such a regex need only be tried at the
     * starts of words, even when its literal beginnings are not known ("\b\d+ more").
     */
    public static boolean startsWords(String regex) {
        return prefixes(regex).map(prefixes -> prefixes.stream().allMatch(Prefix::startsWord)).orElse(false);
    }

    /**
     * Whether every way through the regex begins with {@code ^}: without MULTILINE its matches can
     * only start at the text's start, so one try there is all find() would do.
     */
    public static boolean startsAtTextStart(String regex) {
        return prefixes(regex).map(prefixes -> prefixes.stream().allMatch(Prefix::anchored)).orElse(false);
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
                    int from = pos - 2;
                    if ((escaped == 'p' || escaped == 'P') && regex.charAt(pos) == '{') {
                        pos = regex.indexOf('}', pos) + 1;
                    }
                    return WORD_CLASSES.contains(regex.substring(from, pos)) ? WORD_CHARACTER
                            : UNKNOWN; // \s, \1...
                }
                return literal(escaped);
            case '[':
                pos = RegexShape.afterClass(regex, pos);
                return UNKNOWN;
            case '^':
                return TEXT_START;
            case '.':
            case '$':
                return UNKNOWN;
            default:
                return literal(c);
        }
    }

    private static List<Prefix> literal(char c) {
        return List.of(new Prefix(String.valueOf(WordStarts.fold(c)), true, false, false, false));
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
