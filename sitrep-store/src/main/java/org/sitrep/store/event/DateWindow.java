package org.sitrep.store.event;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import org.sitrep.model.DatePrecision;

/**
 * The days an event's date may stand for, given its precision: a day is itself, a week the seven
 * days around the date (the date is taken as the week's middle), a month or a year the whole of it.
 * Two claims may be the same event only where their windows overlap.
 */
public record DateWindow(LocalDate start, LocalDate end) {
    public DateWindow {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("window ends before it starts: " + start + ".." + end);
        }
    }

    /** The window of a date with the given precision label (day when unknown); null for no date. */
    public static DateWindow of(LocalDate date, String precision) {
        if (date == null) {
            return null;
        }
        return switch (parse(precision)) {
            case DAY -> new DateWindow(date, date);
            case WEEK -> new DateWindow(date.minusDays(3), date.plusDays(3));
            case MONTH -> new DateWindow(date.withDayOfMonth(1), date.with(TemporalAdjusters.lastDayOfMonth()));
            case YEAR -> new DateWindow(date.withDayOfYear(1), date.with(TemporalAdjusters.lastDayOfYear()));
        };
    }

    /** The window stored as two columns; null when either is (an undated event or incident). */
    public static DateWindow ofColumns(LocalDate start, LocalDate end) {
        return start == null || end == null ? null : new DateWindow(start, end);
    }

    private static DatePrecision parse(String precision) {
        if (precision == null || precision.isBlank()) {
            return DatePrecision.DAY;
        }
        try {
            return DatePrecision.valueOf(precision.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return DatePrecision.DAY;
        }
    }

    public boolean overlaps(DateWindow other) {
        return !start.isAfter(other.end) && !other.start.isAfter(end);
    }

    /** The days both windows allow; only for overlapping windows. */
    public DateWindow intersect(DateWindow other) {
        LocalDate s = start.isAfter(other.start) ? start : other.start;
        LocalDate e = end.isBefore(other.end) ? end : other.end;
        return new DateWindow(s, e);
    }

    /**
     * The days both windows allow, or, for windows that do not overlap (accounts a person merged
     * although their dates disagree), the days from the first one's start to the last one's end.
     */
    public DateWindow common(DateWindow other) {
        if (overlaps(other)) {
            return intersect(other);
        }
        return new DateWindow(start.isBefore(other.start) ? start : other.start, end.isAfter(other.end) ? end : other.end);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
