package org.sitrep.server.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.store.event.StoredEvent;
import org.sitrep.store.report.StoredReport;

/**
 * A report with its clean body and where each of its events is told: {@code body_start}/{@code
 * body_end} are offsets in {@code body} (for highlighting), {@code evidence.start}/{@code end}
 * offsets in the file as saved; {@code relay_of} the report this one republishes, if any.
 */
public record ReportDetail(
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
        String relayOf,
        String body,
        List<EventSpan> events) {

    /** One event of the report, where its sentence is. Body offsets are null if the sentence is not found. */
    public record EventSpan(long eventId, long incidentId, int seq, String eventType, String subEventType,
            LocalDate date, String datePrecision, String source, String modality, Integer bodyStart, Integer bodyEnd,
            Evidence evidence) {
    }

    public static ReportDetail of(StoredReport r, String body, List<StoredEvent> events) {
        List<EventSpan> spans = new ArrayList<>();
        int from = 0;
        for (StoredEvent se : events) {
            Event e = se.event();
            Integer start = null;
            Integer end = null;
            String sentence = e.evidence() == null ? null : e.evidence().text();
            if (sentence != null && !sentence.isEmpty()) {
                // events come in text order: look from the previous one on, else anywhere
                int at = body.indexOf(sentence, from);
                if (at < 0) {
                    at = body.indexOf(sentence);
                }
                if (at >= 0) {
                    start = at;
                    end = at + sentence.length();
                    from = at;
                }
            }
            spans.add(new EventSpan(se.id(), se.incidentId(), se.seq(), e.eventType(), e.subEventType(), e.date(),
                    e.datePrecision(), se.source(),
                    e.attribution() == null ? null : e.attribution().modality(), start, end, e.evidence()));
        }
        return new ReportDetail(r.id(), r.title(), r.author(), r.outlet(), r.published(), r.source(),
                r.sourcePublished(), r.narrator(), r.url(), r.tags(), r.contentHash(), r.eventCount(), r.revision(),
                r.ingestedAt(), r.relayOf(), body, spans);
    }
}
