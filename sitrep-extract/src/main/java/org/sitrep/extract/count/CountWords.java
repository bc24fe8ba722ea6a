package org.sitrep.extract.count;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.extract.text.Token;

/** Reads a count at a token: "35", "1,200", "two", "twenty-five", "dozens of", "a". */
public final class CountWords {
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(,\\d{3})+|\\d+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern RANGE = Pattern.compile("\\d+-\\d+");

    private final Map<String, Integer> words = new HashMap<>();
    private final Set<String> firstWords = new HashSet<>(); // most tokens start no count phrase
    private int longest = 1;

    /** @param rows the language's count words: word (or phrase) TAB value (numbers.tsv) */
    public CountWords(List<String> rows) {
        for (String line : rows) {
            String[] f = line.split("\t");
            words.put(f[0], Integer.valueOf(f[1]));
            String[] phrase = f[0].split(" ");
            firstWords.add(phrase[0]);
            longest = Math.max(longest, phrase.length);
        }
    }

    /** A count starting at token {@code i}, or null. */
    public Count at(List<Token> tokens, int i) {
        String t = tokens.get(i).lower();
        if (Character.isDigit(t.charAt(0)) && NUMBER.matcher(t).matches()) {
            int end = i + 1;
            int value = Integer.parseInt(t.replace(",", ""));
            if (end + 1 < tokens.size() && tokens.get(end).text().equals("-")
                    && DIGITS.matcher(tokens.get(end + 1).text()).matches()) {
                end += 2; // a range "5-7": the lower figure
            }
            return new Count(value, i, end);
        }
        for (int n = firstWords.contains(t) ? Math.min(longest, tokens.size() - i) : 0; n >= 1; n--) {
            StringBuilder sb = new StringBuilder();
            for (int k = i; k < i + n; k++) {
                if (k > i) {
                    sb.append(' ');
                }
                sb.append(tokens.get(k).lower());
            }
            Integer v = words.get(sb.toString());
            if (v != null) {
                return new Count(v, i, i + n);
            }
        }
        if (Character.isDigit(t.charAt(0)) && RANGE.matcher(t).matches()) {
            return new Count(Integer.parseInt(t.substring(0, t.indexOf('-'))), i, i + 1); // "5-7": the lower
        }
        int hyphen = t.indexOf('-');
        if (hyphen > 0 && t.indexOf('-', hyphen + 1) < 0) { // twenty-five
            Integer tens = words.get(t.substring(0, hyphen));
            Integer units = words.get(t.substring(hyphen + 1));
            if (tens != null && units != null && tens >= 20 && units < 10) {
                return new Count(tens + units, i, i + 1);
            }
        }
        return null;
    }

    /** A count of {@code value} spanning tokens {@code [start, end)}. */
    public record Count(int value, int start, int end) {
        public boolean isArticle(List<Token> tokens) {
            String t = tokens.get(start).lower();
            return end - start == 1 && (t.equals("a") || t.equals("an") || t.equals("another"));
        }
    }
}
