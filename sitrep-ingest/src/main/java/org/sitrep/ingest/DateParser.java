package org.sitrep.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a publication date written the ways news sites write them: "2017-11-15" (also inside an
 * ISO timestamp), "November 15, 2017", "Nov 15th, 2017", "15 November 2017", "15 Nov 2017",
 * "Wed, 15 Nov 2017 10:00:00 +0000", "15.11.2017", and "15/11/2017" or "11/15/2017" when the day
 * is unambiguous. Only full dates with a year: a date is never completed by guessing.
 */
public final class DateParser {
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern YMD_SLASH = Pattern.compile("(?<!\\d)(\\d{4})/(\\d{1,2})/(\\d{1,2})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+" + DAY + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)" + DAY + "(?:\\s+of)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\d.])");
    private static final Pattern SLASHED = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");

    private static final Pattern TIME_OF_DAY = Pattern.compile("(?:[T ]\\d{1,2}:\\d{2}.*)?");

    private DateParser() {
    }

    /** A date found in a text, with where it was written. */
    public record Found(LocalDate date, int start, int end) {
    }

    /** The first full date in {@code text}, if any. */
    public static Optional<Found> find(String text) {
        Found best = null;
        for (Matcher m : new Matcher[] {ISO.matcher(text), YMD_SLASH.matcher(text), MONTH_DAY_YEAR.matcher(text),
                DAY_MONTH_YEAR.matcher(text), DOTTED.matcher(text), SLASHED.matcher(text)}) {
            while (m.find()) {
                LocalDate date = toDate(m);
                if (date != null) {
                    if (best == null || m.start() < best.start()) {
                        best = new Found(date, m.start(), m.end());
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The date when {@code text} is nothing but a date, or a date and a time of day; else empty. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        return find(t).filter(f -> f.start() == 0 && TIME_OF_DAY.matcher(t.substring(f.end())).matches())
                .map(Found::date);
    }

    private static LocalDate toDate(Matcher m) {
        Pattern p = m.pattern();
        try {
            if (p == ISO || p == YMD_SLASH) {
                return LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
            }
            if (p == MONTH_DAY_YEAR) {
                return LocalDate.of(num(m, 3), month(m.group(1)), num(m, 2));
            }
            if (p == DAY_MONTH_YEAR) {
                return LocalDate.of(num(m, 3), month(m.group(2)), num(m, 1));
            }
            if (p == DOTTED) {
                return LocalDate.of(num(m, 3), num(m, 2), num(m, 1));
            }
            int a = num(m, 1);
            int b = num(m, 2);
            if (a > 12 && b <= 12) {
                return LocalDate.of(num(m, 3), b, a);
            }
            if (b > 12 && a <= 12) {
                return LocalDate.of(num(m, 3), a, b);
            }
            return null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(key) / 3 + 1;
    }
}
