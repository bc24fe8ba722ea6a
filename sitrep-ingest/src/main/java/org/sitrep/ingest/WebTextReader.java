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
     * @param known   metadata from outside the text (a feed item, the URL), or empty
     * @param dropped receives each line left out as boilerplate
     */
    Report read(String id, String text, ReportMeta known, List<String> dropped) throws IngestException {
        return articles.build(id, lines(text), text.length(), known, ArticleBuilder.HeaderMode.TEXT, dropped);
    }

    /** Text whose metadata is given (a corpus line): no header is looked for. */
    Report readBody(String id, String text, ReportMeta known, List<String> dropped) throws IngestException {
        return articles.build(id, lines(text), text.length(), known, ArticleBuilder.HeaderMode.NONE, dropped);
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
