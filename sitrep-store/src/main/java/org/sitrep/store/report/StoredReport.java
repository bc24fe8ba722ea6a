package org.sitrep.store.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A report as stored (without its body; see {@link ReportStore#body}).
 *
 * @param revision 1 when first stored, +1 for each corrected version
 * @param relayOf  the report first stored with the same text and date, when this one republishes it; else null
 */
public record StoredReport(
        String id,
        String title,
        String author,
        String outlet,
        LocalDate published,
        String source,
        LocalDate sourcePublished,
        String narrator,
        String url,
        List<String> tags,
        String contentHash,
        int eventCount,
        int revision,
        Instant ingestedAt,
        String relayOf) {

    public StoredReport {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** The date its events were resolved against: the original's, else the copy's. */
    public LocalDate referenceDate() {
        return sourcePublished != null ? sourcePublished : published;
    }
}
