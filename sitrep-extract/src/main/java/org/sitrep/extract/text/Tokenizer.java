package org.sitrep.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into words and punctuation. Apostrophes inside a word stay in it (Hay'at), and so do
 * hyphens ("al-Sham"), except before a relation ("US", "-led") and after "pro-" ("pro-", "Houthi"):
 * the dictionaries are tokenised the same way.
 */
public final class Tokenizer {
    /**
     * What a token is, as a regex: a number with thousands separators, a word (apostrophes and
     * hyphens or slashes inside), or one other character that is not white space. {@link #spans}
     * reads the same tokens by hand, a character at a time (the regex engine cost twice as much);
     * {@code TokenizerTest} holds the two to the same answers.
     */
    static final Pattern TOKEN = Pattern.compile(
            "\\d{1,3}(?:,\\d{3})+(?![\\d])|[\\p{L}\\p{N}]+(?:['’ʿʾ][\\p{L}]+)*(?:[-/][\\p{L}\\p{N}]+(?:['’ʿʾ][\\p{L}]+)*)*|[^\\s\\p{L}\\p{N}]");
    private static final String APOSTROPHES = "'’ʿʾ";

    private Tokenizer() {
    }

    /** Suffixes that are words of their own: "ISIS-held" is the actor ISIS and "-held". */
    private static final Pattern RELATION_SUFFIX = Pattern.compile(
            "(?i)-(held|controlled|led|backed|based|linked|affiliated|allied|aligned|occupied|dominated|run|supported|"
                    + "sponsored|funded|besieged|loyal|friendly)$");

    private static final Pattern ACRONYM_PREFIX = Pattern.compile("(\\p{Lu}{2,6})(-\\p{Ll}[\\p{L}-]*)");

    public static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        int[] spans = spans(text);
        for (int k = 0; k < spans.length; k += 2) {
            int start = spans[k];
            int end = spans[k + 1];
            String t = text.substring(start, end);
            if (t.indexOf('-') <= 0) { // both splits below need a hyphen inside the word
                out.add(new Token(t, start, end));
                continue;
            }
            Matcher r = RELATION_SUFFIX.matcher(t);
            Matcher acronym = ACRONYM_PREFIX.matcher(t);
            if (t.length() > 4 && t.regionMatches(true, 0, "pro-", 0, 4) && Character.isLetter(t.charAt(4))) {
                out.add(new Token(t.substring(0, 4), start, start + 4)); // "pro-", "Houthi"
                out.add(new Token(t.substring(4), start + 4, end));
            } else if (acronym.matches()) { // "YPG-positions": an actor's acronym glued to a word
                out.add(new Token(acronym.group(1), start, start + acronym.end(1)));
                out.add(new Token(t.substring(acronym.end(1)), start + acronym.end(1), end));
            } else if (r.find() && r.start() > 0) {
                out.add(new Token(t.substring(0, r.start()), start, start + r.start()));
                out.add(new Token(t.substring(r.start()), start + r.start(), end));
            } else {
                out.add(new Token(t, start, end));
            }
        }
        return out;
    }

    /** The tokens {@link #TOKEN} finds in the text, as start and end offsets in turn. */
    static int[] spans(String text) {
        int[] out = new int[32];
        int n = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (isRegexSpace(cp)) {
                i++;
                continue;
            }
            int end = groupedNumberEnd(text, i);
            if (end < 0) {
                end = isWordChar(cp) ? wordEnd(text, i) : i + Character.charCount(cp);
            }
            if (n + 2 > out.length) {
                out = java.util.Arrays.copyOf(out, out.length * 2);
            }
            out[n++] = i;
            out[n++] = end;
            i = end;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** {@code \d{1,3}(?:,\d{3})+(?![\d])} at {@code i}: its end, or -1. */
    private static int groupedNumberEnd(String text, int i) {
        int j = i;
        while (j < text.length() && j - i < 4 && isAsciiDigit(text.charAt(j))) {
            j++;
        }
        if (j == i || j - i > 3) {
            return -1; // no digit, or more than three before the first comma
        }
        int end = -1;
        while (j + 3 < text.length() && text.charAt(j) == ',' && isAsciiDigit(text.charAt(j + 1))
                && isAsciiDigit(text.charAt(j + 2)) && isAsciiDigit(text.charAt(j + 3))) {
            j += 4;
            if (j == text.length() || !isAsciiDigit(text.charAt(j))) {
                end = j; // the longest run of groups not followed by a digit
            }
        }
        return end;
    }

    /** The end of the word starting at {@code i}: letters and numbers, apostrophes and joiners inside. */
    private static int wordEnd(String text, int i) {
        int j = run(text, i, true);
        j = apostropheGroups(text, j);
        while (j + 1 < text.length() && (text.charAt(j) == '-' || text.charAt(j) == '/')
                && isWordChar(text.codePointAt(j + 1))) {
            j = apostropheGroups(text, run(text, j + 1, true));
        }
        return j;
    }

    /** Past apostrophes each followed by letters: "Hay'at". */
    private static int apostropheGroups(String text, int j) {
        while (j + 1 < text.length() && APOSTROPHES.indexOf(text.charAt(j)) >= 0
                && Character.isLetter(text.codePointAt(j + 1))) {
            j = run(text, j + 1, false);
        }
        return j;
    }

    /** Past the letters (and numbers, when {@code numbers}) from {@code j}. */
    private static int run(String text, int j, boolean numbers) {
        while (j < text.length()) {
            int cp = text.codePointAt(j);
            if (!(numbers ? isWordChar(cp) : Character.isLetter(cp))) {
                break;
            }
            j += Character.charCount(cp);
        }
        return j;
    }

    /** {@code [\p{L}\p{N}]}. */
    private static boolean isWordChar(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** {@code \s}: ASCII white space only, as the regex reads it. */
    private static boolean isRegexSpace(int cp) {
        return cp == ' ' || cp == '\t' || cp == '\n' || cp == 0x0B || cp == '\f' || cp == '\r';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
