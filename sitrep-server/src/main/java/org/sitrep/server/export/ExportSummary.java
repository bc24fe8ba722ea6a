package org.sitrep.server.export;

/**
 * What an export wrote.
 *
 * @param written   rows, features or lines written
 * @param skipped   events left out because the format cannot hold them
 * @param skippedWhy why, for the message ("no coordinates"); null when none were skipped
 */
public record ExportSummary(long written, long skipped, String skippedWhy) {
}
