package org.sitrep.store.report;

/**
 * The result of storing one report.
 *
 * @param events      the report's events now in the store
 * @param duplicateOf for UNCHANGED: the id of the stored report with the same content, else null
 */
public record IngestResult(String reportId, IngestOutcome outcome, int events, String duplicateOf) {
}
