package org.sitrep.store.report;

/** What storing a report did. */
public enum IngestOutcome {
    /** A report not seen before: stored with its events. */
    NEW,
    /** The same content was already stored (under this id or another): nothing changed. */
    UNCHANGED,
    /** A corrected version of a stored report: its events were replaced. */
    REPLACED
}
