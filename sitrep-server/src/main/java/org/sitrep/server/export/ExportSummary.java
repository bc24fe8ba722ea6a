package org.sitrep.server.export;

import java.util.List;

/**
 * What an export wrote.
 *
 * @param written   rows, features or lines written
 * @param skipped   events left out because the format cannot hold them
 * @param skippedWhy why, for the message ("no coordinates"); null when none were skipped
 * @param warnings  rows written that lack something their format's users count on, each naming
 *                  its row ("SYR12: a Battles row without actor1")
 */
public record ExportSummary(long written, long skipped, String skippedWhy, List<String> warnings) {
    public ExportSummary {
        warnings = List.copyOf(warnings);
    }

    public ExportSummary(long written, long skipped, String skippedWhy) {
        this(written, skipped, skippedWhy, List.of());
    }
}
