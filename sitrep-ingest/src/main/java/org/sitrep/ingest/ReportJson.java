package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDate;
import java.util.List;
import org.sitrep.json.SitrepJson;
import org.sitrep.model.Report;

/**
 * The JSON form of a read report: metadata, body and paragraph spans as {@code [[start, end], …]};
 * no source map (an internal index). Written with the shared mapper, so names are snake_case.
 */
public record ReportJson(String id, String title, String author, String outlet, LocalDate published, String source,
        LocalDate sourcePublished, List<String> tags, String url, String body, List<int[]> paragraphs) {

    public static ReportJson of(Report r) {
        return new ReportJson(r.id(), r.title(), r.author(), r.outlet(), r.published(), r.source(),
                r.sourcePublished(), r.tags(), r.url(), r.body(),
                r.paragraphs().stream().map(s -> new int[] {s.start(), s.end()}).toList());
    }

    /** One report as a single JSON line (no line break). */
    public static String line(Report r) {
        try {
            return SitrepJson.mapper().writeValueAsString(of(r));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write report " + r.id(), e);
        }
    }
}
