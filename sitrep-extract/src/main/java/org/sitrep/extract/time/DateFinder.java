package org.sitrep.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.extract.lang.Lexicon;
import org.sitrep.ingest.regex.PatternLexicon;
import org.sitrep.ingest.regex.WordStartPattern;
import org.sitrep.model.DatePrecision;

/**
 * Finds and resolves time expressions against the report's date: explicit dates (the year, when
 * missing, is the one that puts the date nearest the report), weekdays (the last such day on or
 * before the report: news of Monday says "on Monday" of that day; "last Monday" is a week before),
 * "on the same day", "the next day", "yesterday", "last weekend", "recently".
 */
public final class DateFinder {
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final WordStartPattern ISO = new WordStartPattern("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b", 0);

    private final MonthNames months;
    private final List<String> weekdays;
    /** Relative expressions and what each means (calendar.txt, section relative). */
    private final Map<String, String> relativeMeaning = new HashMap<>();
    private final Pattern leadingWords;
    /** Opens a weekday expression that lies before the report's own day ("last "). */
    private final Pattern lastBefore;
    /** In the order they claim the text: ISO, "March 3", "3 March", weekdays, relative expressions. */
    private final PatternLexicon patterns;

    /** @param calendar the language's months, weekdays and time expressions (calendar.txt) */
    public DateFinder(Lexicon calendar) {
        months = new MonthNames(calendar);
        weekdays = calendar.list("weekdays").stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        List<String> phrases = new ArrayList<>();
        for (String line : calendar.list("relative")) {
            String[] f = line.split("\t");
            phrases.add(f[0].strip());
            relativeMeaning.put(f[0].strip().toLowerCase(Locale.ROOT), f[1].strip());
        }
        lastBefore = Pattern.compile("(?i)^(?:" + String.join("|", calendar.list("weekday-last").stream()
                .map(w -> w.replace(" ", "\\s+")).toList()) + ")\\s");
        leadingWords = Pattern.compile(String.join("|", calendar.list("leading").stream().map(Pattern::quote).toList()));
        // capitalised, as news text writes them: "may" and "march" are also verbs
        String month = "(?-i:" + months.group() + ")\\.?";
        WordStartPattern monthDay = new WordStartPattern(
                "\\b" + month + "\\s+" + DAY + "\\b(?:,?\\s+(\\d{4}))?", Pattern.CASE_INSENSITIVE);
        WordStartPattern dayMonth = new WordStartPattern(
                "\\b" + DAY + "\\s+(?:of\\s+)?" + month + "(?:,?\\s+(\\d{4}))?\\b", Pattern.CASE_INSENSITIVE);
        String before = String.join("|", calendar.list("weekday-before").stream()
                .map(w -> w.replace(" ", "\\s+") + "\\s+").toList());
        WordStartPattern weekday = new WordStartPattern(
                "\\b(?:" + before + ")?(" + String.join("|", weekdays) + ")"
                        + "(?:\\s+" + calendar.alternation("weekday-after") + ")?\\b", Pattern.CASE_INSENSITIVE);
        WordStartPattern relativePattern = new WordStartPattern("\\b(" + String.join("|", phrases) + ")\\b",
                Pattern.CASE_INSENSITIVE);
        patterns = new PatternLexicon(List.of(ISO, monthDay, dayMonth, weekday, relativePattern));
    }

    /** The expressions in the sentence, in text order; {@code current} is the narrative's date so far. */
    public List<DateMention> find(String sentence, LocalDate reference, EventDate current) {
        List<DateMention> out = new ArrayList<>();
        boolean[] taken = new boolean[sentence.length() + 1];
        patterns.forEachMatch(sentence, (k, start, m) -> add(out, taken, sentence, m, switch (k) {
            case 0 -> iso(m);
            case 1 -> explicit(months.number(m.group(1)), m.group(2), m.group(3), reference);
            case 2 -> explicit(months.number(m.group(2)), m.group(1), m.group(3), reference);
            case 3 -> weekday(m.group(1), reference, lastBefore.matcher(m.group()).find());
            default -> relative(relativeMeaning.getOrDefault(m.group(1).toLowerCase(Locale.ROOT), "recent"), reference, current);
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

    private void add(List<DateMention> out, boolean[] taken, String sentence, Matcher m, EventDate date) {
        if (date == null || taken[m.start()]) {
            return;
        }
        for (int i = m.start(); i < m.end(); i++) {
            taken[i] = true;
        }
        out.add(new DateMention(m.start(), m.end(), date, isLeading(sentence, m.start())));
    }

    /** Opens the sentence: nothing but a preposition or adverb before it, and a comma soon after. */
    private boolean isLeading(String sentence, int start) {
        String before = sentence.substring(0, start).strip().toLowerCase(Locale.ROOT);
        return before.isEmpty() || leadingWords.matcher(before).matches();
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

    /** @param last the text puts it before the report's day ("last Monday") */
    private EventDate weekday(String name, LocalDate reference, boolean last) {
        if (reference == null) {
            return EventDate.UNKNOWN;
        }
        DayOfWeek dow = DayOfWeek.of(weekdays.indexOf(name.toLowerCase(Locale.ROOT)) + 1);
        return EventDate.day(reference.with(last ? TemporalAdjusters.previous(dow)
                : TemporalAdjusters.previousOrSame(dow)));
    }

    /** @param meaning what the expression means (calendar.txt, section relative) */
    private static EventDate relative(String meaning, LocalDate reference, EventDate current) {
        switch (meaning) {
            case "same-day":
                return current != null && current.known() ? current : dayOrUnknown(reference);
            case "next-day":
                return shift(current, reference, 1);
            case "previous-day":
                return shift(current, reference, -1);
            case "yesterday":
                return reference == null ? EventDate.UNKNOWN : EventDate.day(reference.minusDays(1));
            case "today":
                return dayOrUnknown(reference);
            case "last-weekend":
                return reference == null ? EventDate.UNKNOWN : new EventDate(
                        reference.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY)), null,
                        DatePrecision.WEEK);
            case "last-week":
                return reference == null ? EventDate.UNKNOWN
                        : new EventDate(reference.minusWeeks(1), null, DatePrecision.WEEK);
            case "last-month":
                return reference == null ? EventDate.UNKNOWN
                        : new EventDate(reference.minusMonths(1), null, DatePrecision.MONTH);
            case "this-month":
                return reference == null ? EventDate.UNKNOWN : new EventDate(reference, null, DatePrecision.MONTH);
            default: // recent: recently, earlier, this week, in recent days …
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
