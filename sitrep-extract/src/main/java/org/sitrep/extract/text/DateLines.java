package org.sitrep.extract.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.extract.lang.Lexicon;
import org.sitrep.extract.time.MonthNames;

/**
 * Date lines inside a paragraph ("Mortars kill 9 in Homs Wire Desk Sunday 4 May 2014 Nine residents died
 * …"): a page saved without its line breaks runs the headline, the agency's date line and
 * the lead into one line. The date line ends the headline's sentence, so the headline and the lead
 * are read as two sentences, not one. A date after a lower-case word or a preposition ("on Sunday 27
 * April 2014 troops entered", "On 27 April 2014 troops entered") belongs to its clause and ends nothing.
 */
public final class DateLines {
    private final Pattern dateLine;
    private final Set<String> inClauseBefore;

    /** The date lines of a language's calendar words (calendar.txt). */
    public static DateLines of(Lexicon calendar) {
        return new DateLines(new MonthNames(calendar).group(), calendar.list("weekdays"), calendar.set("date-in-clause"));
    }

    /**
     * @param monthGroup a regex group of the language's month names and abbreviations
     * @param weekdays   the language's weekday names, lower case
     * @param inClauseBefore words that make a date after them part of a clause ("on", "since"), lower case
     */
    public DateLines(String monthGroup, List<String> weekdays, Set<String> inClauseBefore) {
        this.inClauseBefore = inClauseBefore;
        String weekday = "(?:(?i:" + String.join("|", weekdays) + ")\\s+)?";
        String date = "(?:\\d{1,2}\\s+" + monthGroup + "\\.?,?\\s+\\d{4}|" + monthGroup + "\\.?\\s+\\d{1,2},?\\s+\\d{4})";
        dateLine = Pattern.compile("\\b" + weekday + date + "(?=\\s+[\\p{Lu}\\d\"“])");
    }

    /** Where the date lines in {@code text[from, to)} end, in order. */
    public int[] endsIn(String text, int from, int to) {
        if (!hasFourDigits(text, from, to)) {
            return new int[0]; // every date line has its year: most paragraphs have none, and skip the regex
        }
        Matcher m = dateLine.matcher(text).region(from, to);
        return m.results().filter(r -> !inClause(text, from, r.start())).mapToInt(r -> r.end()).toArray();
    }

    private static boolean hasFourDigits(String text, int from, int to) {
        int run = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    /** The word before the date is lower case or ends with a comma: the date is part of a clause. */
    private boolean inClause(String text, int from, int start) {
        int k = start;
        while (k > from && Character.isWhitespace(text.charAt(k - 1))) {
            k--;
        }
        if (k == from) {
            return false; // a date line opening the paragraph
        }
        char last = text.charAt(k - 1);
        int w = k;
        while (w > from && !Character.isWhitespace(text.charAt(w - 1))) {
            w--;
        }
        return last == ',' || Character.isLowerCase(text.charAt(w))
                || inClauseBefore.contains(text.substring(w, k).toLowerCase(Locale.ROOT));
    }
}
