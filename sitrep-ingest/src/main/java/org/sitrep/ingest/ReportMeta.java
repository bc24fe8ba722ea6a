package org.sitrep.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A report's metadata while it is being gathered from several places (HTML meta tags, a feed
 * item, the text header, a corpus line): each place fills what the earlier ones left empty.
 */
final class ReportMeta {
    String title;
    String author;
    String outlet;
    LocalDate published;
    String source;
    LocalDate sourcePublished;
    String url;
    final List<String> tags = new ArrayList<>();

    /** Fills this metadata's empty fields from {@code other}; tags are merged without repeats. */
    ReportMeta fillGapsFrom(ReportMeta other) {
        title = firstNonBlank(title, other.title);
        author = firstNonBlank(author, other.author);
        outlet = firstNonBlank(outlet, other.outlet);
        published = published != null ? published : other.published;
        source = firstNonBlank(source, other.source);
        sourcePublished = sourcePublished != null ? sourcePublished : other.sourcePublished;
        url = firstNonBlank(url, other.url);
        LinkedHashSet<String> merged = new LinkedHashSet<>(tags);
        merged.addAll(other.tags);
        tags.clear();
        tags.addAll(merged);
        return this;
    }

    boolean hasDate() {
        return published != null || sourcePublished != null;
    }

    static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b != null && !b.isBlank() ? b.strip() : null;
    }
}
