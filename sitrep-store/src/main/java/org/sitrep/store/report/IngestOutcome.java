package org.sitrep.store.report;

/** What storing a report did. */
public enum IngestOutcome {
    /** A report not seen before: stored with its events. */
    NEW,
    /** The same content was already stored under this id: nothing changed. */
    UNCHANGED,
    /**
     * The same text and date as a report stored under another id (republished by another outlet, or
     * saved again under another name): stored too, as its outlet's telling, linked to the first.
     */
    RELAY,
    /** A corrected version of a stored report: its events were replaced. */
    REPLACED
}
