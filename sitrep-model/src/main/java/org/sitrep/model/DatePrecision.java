package org.sitrep.model;

/** How exactly an event's date is known. */
public enum DatePrecision {
    DAY, WEEK, MONTH, YEAR;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** ACLED's time_precision code: 1 day, 2 week, 3 month or more. */
    public int acledCode() {
        return switch (this) {
            case DAY -> 1;
            case WEEK -> 2;
            default -> 3;
        };
    }
}
