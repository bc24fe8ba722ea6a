package org.sitrep.store.change;

import java.util.Locale;

/** What happened to an event: the stream's message names. */
public enum ChangeKind {
    /** A new event (incident) entered the record. */
    ADDED,
    /** An event's summary changed: another source told it, a correction, a review. */
    CHANGED,
    /** An event left the record: a re-ingest dropped it, a reviewer rejected it or merged it away. */
    REMOVED,
    /** A change of control at a place was told, retold or withdrawn: the place's timeline moved. */
    CONTROL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ChangeKind of(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
