package org.sitrep.extract.learn;

/**
 * One row of an ACLED-format CSV: the note and its label, and what the evaluation compares.
 * Columns a file lacks are null (a corrections file may hold only {@code notes} and the types).
 *
 * @param id           {@code data_id}, or the row number when the file has none
 * @param date         {@code event_date} as written (YYYY-MM-DD), or null
 * @param location     {@code location}, the coded place's name, or null
 * @param geoPrecision 1 for an exact place, or null
 */
public record AcledRecord(
        String id,
        String date,
        String notes,
        AcledLabel label,
        String actor1,
        String actor2,
        String country,
        String location,
        Double latitude,
        Double longitude,
        Integer geoPrecision,
        int fatalities) {
}
