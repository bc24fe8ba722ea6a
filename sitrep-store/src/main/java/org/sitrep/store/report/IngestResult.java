package org.sitrep.store.report;

import java.util.List;

/**
 * The result of storing one report.
 *
 * @param events   the report's events now in the store
 * @param relayOf  for RELAY: the id of the report stored first with the same text and date, else null
 * @param warnings what was changed to store it (clipped metadata, control characters removed)
 */
public record IngestResult(String reportId, IngestOutcome outcome, int events, String relayOf,
        List<String> warnings) {
    public IngestResult {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public IngestResult(String reportId, IngestOutcome outcome, int events, String relayOf) {
        this(reportId, outcome, events, relayOf, List.of());
    }

    IngestResult withWarnings(List<String> more) {
        return more.isEmpty() ? this : new IngestResult(reportId, outcome, events, relayOf, more);
    }
}
