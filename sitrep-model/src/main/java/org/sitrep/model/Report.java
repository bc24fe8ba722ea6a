package org.sitrep.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One article as read from a file, a URL or a corpus line: its metadata and its clean body.
 *
 * @param id              file name without extension, or the corpus line's id
 * @param outlet          who published this copy (the aggregator)
 * @param published       the copy's date; null when no date is known (never guessed)
 * @param source          the original outlet, when the copy says it republishes one
 * @param sourcePublished the original's date
 * @param tags            region, theme and in-depth tags as "Kind: value"
 * @param body            the article text alone, paragraphs separated by one blank line
 * @param paragraphs      for each body paragraph, its {@code [start, end)} in the original file
 * @param sourceMap       maps each body character to its offset in the original file
 */
public record Report(
        String id,
        String title,
        String author,
        String outlet,
        LocalDate published,
        String source,
        LocalDate sourcePublished,
        List<String> tags,
        String url,
        String body,
        List<Span> paragraphs,
        SourceMap sourceMap) {

    public Report {
        tags = tags == null ? List.of() : List.copyOf(tags);
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        body = body == null ? "" : body;
        if (sourceMap == null) {
            sourceMap = SourceMap.identity(body.length());
        }
    }

    /** The date events are resolved against: the original's date, else the copy's, else null. */
    public LocalDate referenceDate() {
        return sourcePublished != null ? sourcePublished : published;
    }

    /** The outlet that narrates the events: the original source if known, else the publisher. */
    public String narrator() {
        if (source != null && !source.isBlank()) {
            return source;
        }
        return outlet;
    }

    public Report withPublished(LocalDate date) {
        return new Report(id, title, author, outlet, date, source, sourcePublished, tags, url, body, paragraphs,
                sourceMap);
    }
}
