package org.sitrep.extract.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.extract.lang.Lexicon;
import org.sitrep.model.DatePrecision;

/**
 * Years and months named without a day ("in 2016", "in March 2015", "the 1967 war") that ended
 * well before the report's date: a clause dated so tells history ("Israel seized the Golan in
 * 1967", "the army retook the town in 2016"), not the news of the report's days.
 */
public final class PastTimes {
    /** A month or year that ended this many days before the report may still be its news ("in February"). */
    private static final int NEWS_DAYS = 31;

    private final Pattern pastTime;
    private final MonthNames months;

    /** The past times of a language's calendar words (calendar.txt: months, past-time-before, past-time-named). */
    public PastTimes(Lexicon calendar) {
        months = new MonthNames(calendar);
        String year = "((?:19|20)\\d\\d)\\b(?![-/.]\\d)";
        pastTime = Pattern.compile("(?i)\\b(?:" + calendar.alternation("past-time-before") + ")[\\s-]+"
                + "(?:(?-i:" + months.group() + ")\\.?,?\\s+)?" + year // group 1 the month, 2 the year
                + "|\\bthe\\s+" + year + "(?=\\s+" + calendar.alternation("past-time-named") + "\\b)"); // 3
    }

    /** The times in {@code sentence} that ended more than a month before {@code reference}; none without one. */
    public List<DateMention> find(String sentence, LocalDate reference) {
        List<DateMention> out = new ArrayList<>();
        if (reference == null) {
            return out;
        }
        if (!hasYear(sentence)) {
            return out; // every past time names its year
        }
        Matcher m = pastTime.matcher(sentence);
        while (m.find()) {
            int year = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
            boolean month = m.group(1) != null;
            LocalDate first = month ? LocalDate.of(year, months.number(m.group(1)), 1) : LocalDate.of(year, 1, 1);
            LocalDate last = month ? YearMonth.from(first).atEndOfMonth() : LocalDate.of(year, 12, 31);
            if (last.plusDays(NEWS_DAYS).isBefore(reference)) {
                out.add(new DateMention(m.start(), m.end(),
                        new EventDate(first, null, month ? DatePrecision.MONTH : DatePrecision.YEAR), false));
            }
        }
        return out;
    }

    /** Whether the text holds four digits that begin "19" or "20", as every year {@link #pastTime} reads does. */
    static boolean hasYear(String text) {
        for (int i = 1; i + 2 < text.length(); i++) {
            char c = text.charAt(i);
            char before = text.charAt(i - 1);
            if ((before == '1' && c == '9' || before == '2' && c == '0') && isAsciiDigit(text.charAt(i + 1))
                    && isAsciiDigit(text.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }

    /** What {@code \d} matches without UNICODE_CHARACTER_CLASS. */
    private static boolean isAsciiDigit(char c) {
        return c < 128 && Character.isDigit(c);
    }
}
