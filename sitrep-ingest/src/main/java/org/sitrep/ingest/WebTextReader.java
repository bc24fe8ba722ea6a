package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Report;

/** Reads web text or markdown as saved from news sites: one line at a time through the cleaner. */
final class WebTextReader {
    private final MarkdownCleaner cleaner = new MarkdownCleaner();
    private final ArticleBuilder articles;

    WebTextReader(ArticleBuilder articles) {
        this.articles = articles;
    }

    /**
     * A saved page: the header is read from the text.
     *
     * @param known metadata from outside the text (a feed item, the URL), or empty
     */
    Report read(String id, String text, ReportMeta known) throws IngestException {
        return articles.build(id, lines(text), text.length(), known, ArticleBuilder.HeaderMode.TEXT);
    }

    /** Text whose metadata is given (a corpus line): no header is looked for. */
    Report readBody(String id, String text, ReportMeta known) throws IngestException {
        return articles.build(id, lines(text), text.length(), known, ArticleBuilder.HeaderMode.NONE);
    }

    private List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int end = start;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            lines.add(cleaner.cleanLine(text, start, end));
            if (end >= n) {
                break;
            }
            start = end + (text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? 2 : 1);
        }
        return lines;
    }
}
