package org.sitrep.extract.time;

import java.time.LocalDate;
import java.time.MonthDay;
import org.sitrep.model.DatePrecision;

/**
 * A resolved date. Without a reference year, {@code date} is null and {@code monthDay} keeps what
 * the text says: the year is never guessed.
 */
public record EventDate(LocalDate date, MonthDay monthDay, DatePrecision precision) {
    public static final EventDate UNKNOWN = new EventDate(null, null, DatePrecision.YEAR);

    public static EventDate day(LocalDate d) {
        return new EventDate(d, null, DatePrecision.DAY);
    }

    public boolean known() {
        return date != null || monthDay != null;
    }

    public String monthDayLabel() {
        return monthDay == null ? null : monthDay.toString();
    }
}
