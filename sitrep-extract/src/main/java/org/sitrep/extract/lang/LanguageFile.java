package org.sitrep.extract.lang;

/**
 * The data files a language supplies, in {@code lang/<code>/}: what extraction knows of the
 * language's words. A stage declares which of them it reads ({@code Stage.reads()}).
 */
public enum LanguageFile {
    /** Words that end in a period without ending a sentence. */
    ABBREVIATIONS("abbreviations.txt"),
    /** Who says so: attribution cues (regular expressions). */
    ATTRIBUTION("attribution.txt"),
    /** The war's history and running totals, which tell no event (regular expressions). */
    BACKGROUND("background.txt"),
    /** Months, weekdays and relative time expressions. */
    CALENDAR("calendar.txt"),
    /** Words losses are read with. */
    CASUALTIES("casualties.txt"),
    /** Word lists the event decision reads: aircraft, anaphora, ordinals, unknown groups. */
    EVENTS("events.txt"),
    /** Coders' labels and the sub-event type each names. */
    LABELS("labels.tsv"),
    /** Negation, intent, attempt, habit: what makes a trigger no event. */
    MODALITY("modality.txt"),
    /** Count words and their values. */
    NUMBERS("numbers.tsv"),
    /** Words place names are read with. */
    PLACES("places.txt"),
    /** Words actors' roles are read with. */
    ROLES("roles.txt"),
    /** Event triggers by category (regular expressions). */
    TRIGGERS("triggers.tsv");

    private final String fileName;

    LanguageFile(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }
}
