package org.sitrep.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.ingest.regex.PatternLexicon;
import org.sitrep.ingest.regex.WordStartPattern;
import org.sitrep.model.DatePrecision;

/**
 * Finds and resolves time expressions against the report's date: explicit dates (the year, when
 * missing, is the one that puts the date nearest the report), weekdays (the last such day on or
 * before the report), "on the same day", "the next day", "yesterday", "last weekend", "recently".
 */
public final class DateFinder {
    /** Capitalised, as news text writes them: "may" and "march" are also verbs. */
    private static final String MONTH = "(?-i:(January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final WordStartPattern MONTH_DAY = new WordStartPattern(
            "\\b" + MONTH + "\\s+" + DAY + "\\b(?:,?\\s+(\\d{4}))?", Pattern.CASE_INSENSITIVE);
    private static final WordStartPattern DAY_MONTH = new WordStartPattern(
            "\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+(\\d{4}))?\\b", Pattern.CASE_INSENSITIVE);
    private static final WordStartPattern ISO = new WordStartPattern("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b", 0);
    private static final WordStartPattern WEEKDAY = new WordStartPattern(
            "\\b(?:on\\s+|last\\s+|this\\s+past\\s+|early\\s+|late\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                    + "(?:\\s+(?:morning|afternoon|evening|night))?\\b", Pattern.CASE_INSENSITIVE);
    private static final WordStartPattern RELATIVE = new WordStartPattern(
            "\\b(on the same day|the same day|that same day|on that day|the next day|the following day|a day later|"
                    + "the day before|the previous day|a day earlier|yesterday|today|tonight|this morning|last night|"
                    + "last weekend|over the weekend|this weekend|last week|this week|earlier this week|"
                    + "over the past (?:few )?days|in recent days|in the past few days|over the last (?:few )?days|"
                    + "recently|earlier today|earlier|last month|this month|earlier this month)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    /** In the order they claim the text: ISO, "March 3", "3 March", weekdays, relative expressions. */
    private static final PatternLexicon PATTERNS = new PatternLexicon(List.of(ISO, MONTH_DAY, DAY_MONTH, WEEKDAY, RELATIVE));

    /** The expressions in the sentence, in text order; {@code current} is the narrative's date so far. */
    public List<DateMention> find(String sentence, LocalDate reference, EventDate current) {
        List<DateMention> out = new ArrayList<>();
        boolean[] taken = new boolean[sentence.length() + 1];
        PATTERNS.forEachMatch(sentence, (k, start, m) -> add(out, taken, sentence, m, switch (k) {
            case 0 -> iso(m);
            case 1 -> explicit(month(m.group(1)), m.group(2), m.group(3), reference);
            case 2 -> explicit(month(m.group(2)), m.group(1), m.group(3), reference);
            case 3 -> weekday(m.group(1), reference);
            default -> relative(m.group(1).toLowerCase(Locale.ROOT), reference, current);
        }));
        out.sort(java.util.Comparator.comparingInt(DateMention::start));
        return out;
    }

    private static EventDate iso(Matcher m) {
        try {
            return EventDate.day(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (java.time.DateTimeException e) {
            return null; // not a date after all
        }
    }

    private static void add(List<DateMention> out, boolean[] taken, String sentence, Matcher m, EventDate date) {
        if (date == null || taken[m.start()]) {
            return;
        }
        for (int i = m.start(); i < m.end(); i++) {
            taken[i] = true;
        }
        out.add(new DateMention(m.start(), m.end(), date, isLeading(sentence, m.start())));
    }

    private static final Pattern LEADING_WORDS =
            Pattern.compile("on|on the|in|at|by|since|late|early|later|and|but|then|meanwhile,?|also");

    /** Opens the sentence: nothing but a preposition or adverb before it, and a comma soon after. */
    private static boolean isLeading(String sentence, int start) {
        String before = sentence.substring(0, start).strip().toLowerCase(Locale.ROOT);
        return before.isEmpty() || LEADING_WORDS.matcher(before).matches();
    }

    private static int month(String word) {
        String k = word.toLowerCase(Locale.ROOT).replace(".", "");
        return MONTHS.get(k.substring(0, 3));
    }

    private static EventDate explicit(int month, String day, String year, LocalDate reference) {
        int d = Integer.parseInt(day);
        if (d < 1 || d > 31) {
            return null;
        }
        try {
            if (year != null) {
                return EventDate.day(LocalDate.of(Integer.parseInt(year), month, d));
            }
            MonthDay md = MonthDay.of(month, d);
            if (reference == null) {
                return new EventDate(null, md, DatePrecision.DAY);
            }
            return EventDate.day(nearest(md, reference));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** Days after the report date an announced date may lie ("resigns on November 1"). */
    private static final int FUTURE_DAYS = 14;

    /** The nearest past year for the month and day; a date up to two weeks ahead stays in the report's year. */
    static LocalDate nearest(MonthDay md, LocalDate reference) {
        for (int y = reference.getYear() + 1; y >= reference.getYear() - 2; y--) {
            if (md.isValidYear(y) && !md.atYear(y).isAfter(reference.plusDays(FUTURE_DAYS))) {
                return md.atYear(y);
            }
        }
        return md.atYear(reference.getYear());
    }

    private static EventDate weekday(String name, LocalDate reference) {
        if (reference == null) {
            return EventDate.UNKNOWN;
        }
        DayOfWeek dow = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
        return EventDate.day(reference.with(TemporalAdjusters.previousOrSame(dow)));
    }

    private static EventDate relative(String phrase, LocalDate reference, EventDate current) {
        switch (phrase) {
            case "on the same day", "the same day", "that same day", "on that day":
                return current != null && current.known() ? current : dayOrUnknown(reference);
            case "the next day", "the following day", "a day later":
                return shift(current, reference, 1);
            case "the day before", "the previous day", "a day earlier":
                return shift(current, reference, -1);
            case "yesterday", "last night":
                return reference == null ? EventDate.UNKNOWN : EventDate.day(reference.minusDays(1));
            case "today", "tonight", "this morning", "earlier today":
                return dayOrUnknown(reference);
            case "last weekend", "over the weekend":
                return reference == null ? EventDate.UNKNOWN : new EventDate(
                        reference.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY)), null,
                        DatePrecision.WEEK);
            case "last week":
                return reference == null ? EventDate.UNKNOWN
                        : new EventDate(reference.minusWeeks(1), null, DatePrecision.WEEK);
            case "last month":
                return reference == null ? EventDate.UNKNOWN
                        : new EventDate(reference.minusMonths(1), null, DatePrecision.MONTH);
            case "this month", "earlier this month":
                return reference == null ? EventDate.UNKNOWN : new EventDate(reference, null, DatePrecision.MONTH);
            default: // recently, earlier, this week, in recent days …
                return reference == null ? EventDate.UNKNOWN : new EventDate(reference, null, DatePrecision.WEEK);
        }
    }

    private static EventDate dayOrUnknown(LocalDate reference) {
        return reference == null ? EventDate.UNKNOWN : EventDate.day(reference);
    }

    private static EventDate shift(EventDate current, LocalDate reference, int days) {
        if (current != null && current.date() != null) {
            return new EventDate(current.date().plusDays(days), null, current.precision());
        }
        if (current != null && current.monthDay() != null) {
            LocalDate leap = current.monthDay().atYear(2000).plusDays(days);
            return new EventDate(null, MonthDay.from(leap), current.precision());
        }
        return reference == null ? EventDate.UNKNOWN : EventDate.day(reference.plusDays(days));
    }
}
