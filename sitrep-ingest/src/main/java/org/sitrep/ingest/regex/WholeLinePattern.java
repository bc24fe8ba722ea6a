package org.sitrep.ingest.regex;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A pattern that must match a line whole, with what every match needs read from the regex and
 * checked first, without it: the most characters it can match ({@link RegexLength}), the
 * beginnings a line must start with, or, after a leading run of any characters (".{0,80}"), the
 * words it must contain ({@link LeadingLiterals}). Most lines of a page fail these checks, and a
 * regex that starts with a run of any characters costs a try at every length of that run.
 * Immutable; the answer is always the regex's own.
 */
public final class WholeLinePattern {
    /** A leading run of any characters, alone or in an optional group ending at a word boundary. */
    private static final Pattern ANY_RUN = Pattern.compile("^(?:\\.\\{0,\\d+\\}|\\(\\.\\{0,\\d+\\}(?:\\\\b)?\\)\\?)(?![?+*{])");

    private final Pattern pattern;
    private final int longest;
    private final List<String> starts; // case-folded; empty: a line may start with anything
    private final Map<Character, List<String>> startsByFirstChar; // the same, by their first character
    private final List<String> holds; // case-folded; empty: not known

    public WholeLinePattern(String regex, int flags) {
        this.pattern = Pattern.compile(regex, flags);
        boolean plain = (flags & (Pattern.COMMENTS | Pattern.LITERAL)) == 0; // else the regex's text is not its shape
        this.longest = plain ? RegexLength.maxCodePoints(regex).orElse(Integer.MAX_VALUE) : Integer.MAX_VALUE;
        this.starts = plain ? literals(LeadingLiterals.anyStart(regex)) : List.of();
        this.startsByFirstChar = starts.stream().collect(Collectors.groupingBy(start -> start.charAt(0),
                Collectors.toUnmodifiableList()));
        Matcher run = ANY_RUN.matcher(regex);
        this.holds = plain && run.find() ? literals(LeadingLiterals.anyStart(regex.substring(run.end()))) : List.of();
    }

    /** A line of text with its case-folded form and length in code points, each worked out once, when asked. */
    public static final class Line {
        private final String text;
        private String folded;
        private int codePoints = -1;

        public Line(String text) {
            this.text = text;
        }

        String folded() {
            if (folded == null) {
                char[] chars = new char[text.length()];
                for (int i = 0; i < chars.length; i++) {
                    chars[i] = WordStarts.fold(text.charAt(i));
                }
                folded = new String(chars);
            }
            return folded;
        }

        int codePoints() {
            if (codePoints < 0) {
                codePoints = text.codePointCount(0, text.length());
            }
            return codePoints;
        }
    }

    public boolean matches(Line line) {
        if (line.text.length() > longest && line.codePoints() > longest) {
            return false;
        }
        if (!starts.isEmpty() && !anyStarts(line.folded())) {
            return false;
        }
        if (!holds.isEmpty() && !anyHeld(line.folded())) {
            return false;
        }
        return pattern.matcher(line.text).matches();
    }

    private boolean anyStarts(String folded) {
        if (folded.isEmpty()) {
            return false; // the literals are never empty
        }
        // a pattern may have a hundred beginnings ("share on twitter", "share on facebook", ...)
        for (String start : startsByFirstChar.getOrDefault(folded.charAt(0), List.of())) {
            if (folded.startsWith(start)) {
                return true;
            }
        }
        return false;
    }

    private boolean anyHeld(String folded) {
        for (String word : holds) {
            if (folded.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The literals every match begins with one of; none when one way through can begin with anything. */
    private static List<String> literals(Optional<Set<String>> beginnings) {
        if (beginnings.isEmpty() || beginnings.get().stream().anyMatch(b -> b.isEmpty() || hasSurrogate(b))) {
            return List.of();
        }
        return List.copyOf(beginnings.get());
    }

    /** Per-character case folding does not follow a letter outside the basic plane: such a literal is not checked. */
    private static boolean hasSurrogate(String s) {
        return s.chars().anyMatch(c -> Character.isSurrogate((char) c));
    }
}
