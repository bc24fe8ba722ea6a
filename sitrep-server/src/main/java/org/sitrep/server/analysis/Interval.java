package org.sitrep.server.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Locale;
import org.sitrep.server.BadParameterException;

/** The width of a chart's bars: a point of a series is the first day of its period. */
public enum Interval {
    DAY, WEEK, MONTH;

    LocalDate start(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    /** {@code day}, {@code week} or {@code month}; month when absent. */
    public static Interval parse(String text) {
        if (text == null) {
            return MONTH;
        }
        try {
            return valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("'interval' must be one of " + Arrays.stream(values())
                    .map(v -> v.name().toLowerCase(Locale.ROOT)).toList() + ", not '" + text + "'");
        }
    }
}
