package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.ParseErrorList;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeVisitor;
import org.sitrep.model.Report;

/**
 * Reads an HTML page with jsoup: drops navigation, ads, share bars and comments, takes the
 * article element (or the block with the most paragraph text), reads metadata from
 * {@code <meta>} tags and the article's own header, and maps every body character to its offset
 * in the HTML text. Malformed HTML is read leniently, with a warning.
 */
final class HtmlReader {
    /** An article candidate needs this much text; less is a teaser or an empty shell. */
    private static final int MIN_ARTICLE_CHARS = 200;
    private static final int MAX_ERRORS_TRACKED = 100;
    /** Share of the page's paragraph text the fallback article must hold. */
    private static final double MOST_OF_THE_TEXT = 0.6;
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "main", "h1", "h2",
            "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td",
            "th", "address", "hr", "body");

    private final ArticleBuilder articles;
    private final HtmlRules rules;

    HtmlReader(ArticleBuilder articles, HtmlRules rules) {
        this.articles = articles;
        this.rules = rules;
    }

    /**
     * @param baseUrl  the page's address, for relative links; may be empty
     * @param known    metadata from outside the page (a feed item): fills what the page leaves empty
     * @param warnings receives what the user should know (lenient parsing)
     * @param dropped  receives each line left out as boilerplate
     */
    Report read(String id, String html, String baseUrl, ReportMeta known, List<String> warnings,
            List<String> dropped) throws IngestException {
        Parser parser = Parser.htmlParser().setTrackPosition(true).setTrackErrors(MAX_ERRORS_TRACKED);
        Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl, parser);
        warnAboutErrors(parser.getErrors(), warnings);
        for (String selector : rules.noise()) {
            doc.body().select(selector).remove();
        }
        ReportMeta meta = new HtmlMeta(rules.meta()).read(doc).fillGapsFrom(known);
        List<Line> lines = new BlockCollector(html).collect(article(doc));
        try {
            return articles.build(id, lines, html.length(), meta, ArticleBuilder.HeaderMode.HEADINGS_ONLY, dropped);
        } catch (IngestException e) {
            throw new IngestException("no article text found in the HTML");
        }
    }

    private static void warnAboutErrors(ParseErrorList errors, List<String> warnings) {
        if (!errors.isEmpty()) {
            ParseError first = errors.get(0);
            warnings.add("malformed HTML (" + errors.size() + (errors.size() >= MAX_ERRORS_TRACKED ? "+" : "")
                    + " parse errors, first at " + first.getCursorPos() + ": " + first.getErrorMessage()
                    + "), read leniently");
        }
    }

    private Element article(Document doc) {
        for (String selector : rules.article()) {
            Element best = null;
            for (Element e : doc.select(selector)) {
                if (best == null || e.text().length() > best.text().length()) {
                    best = e;
                }
            }
            if (best != null && best.text().length() >= MIN_ARTICLE_CHARS) {
                return best;
            }
        }
        return mostParagraphText(doc);
    }

    /**
     * The element whose own paragraphs hold the most text, widened to an ancestor while it holds
     * less than most of the page's paragraph text (broken markup scatters an article's paragraphs);
     * the body if there are no paragraphs.
     */
    private static Element mostParagraphText(Document doc) {
        Element best = doc.body();
        int bestLength = 0;
        for (Element e : doc.body().getAllElements()) {
            int length = 0;
            for (Element child : e.children()) {
                if (child.nameIs("p")) {
                    length += child.text().length();
                }
            }
            if (length > bestLength) {
                best = e;
                bestLength = length;
            }
        }
        int all = paragraphText(doc.body());
        while (best != doc.body() && best.parent() != null && paragraphText(best) < MOST_OF_THE_TEXT * all) {
            best = best.parent();
        }
        return best;
    }

    private static int paragraphText(Element e) {
        int length = 0;
        for (Element p : e.getElementsByTag("p")) {
            length += p.ownText().length();
        }
        return length;
    }

    /** Walks the article in document order: each block element becomes a paragraph, each {@code <br>} a line. */
    private static final class BlockCollector implements NodeVisitor {
        private final String html;
        private final List<Line> lines = new ArrayList<>();
        private MappedTextBuilder current = new MappedTextBuilder();
        private int headingDepth;

        BlockCollector(String html) {
            this.html = html;
        }

        List<Line> collect(Element root) {
            root.traverse(this);
            endLine(true);
            return lines;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                appendText(text);
            } else if (node instanceof Element e) {
                if (e.nameIs("br")) {
                    endLine(false);
                } else if (BLOCKS.contains(e.normalName())) {
                    endLine(true);
                }
                if (isHeading(e)) {
                    headingDepth++;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                endLine(true);
                if (isHeading(e)) {
                    headingDepth--;
                }
            }
        }

        private static boolean isHeading(Element e) {
            return e.normalName().length() == 2 && e.normalName().charAt(0) == 'h'
                    && Character.isDigit(e.normalName().charAt(1));
        }

        private void endLine(boolean paragraphEnds) {
            MappedText text = current.build().strip();
            current = new MappedTextBuilder();
            if (!text.isBlank()) {
                lines.add(new Line(text, headingDepth > 0));
            }
            if (paragraphEnds && !lines.isEmpty() && !lines.get(lines.size() - 1).isBlank()) {
                lines.add(Line.BLANK);
            }
        }

        /**
         * Decodes the node's raw source (character references included) so that each character
         * keeps its own offset; falls back to the node's start if the source does not match.
         */
        private void appendText(TextNode node) {
            Range range = node.sourceRange();
            String expected = node.getWholeText();
            if (range.isTracked() && range.endPos() <= html.length()) {
                MappedTextBuilder decoded = new MappedTextBuilder();
                for (int i = range.startPos(); i < range.endPos(); ) {
                    int next = html.charAt(i) == '&' ? Entities.decodeAt(html, i, range.endPos(), decoded) : i;
                    if (next == i) {
                        decoded.append(html.charAt(i), i);
                        next = i + 1;
                    }
                    i = next;
                }
                MappedText t = decoded.build();
                if (t.text().equals(expected)) {
                    for (int k = 0; k < t.length(); k++) {
                        current.appendVisible(t.text().charAt(k), t.origin(k));
                    }
                    return;
                }
            }
            int at = range.isTracked() ? range.startPos() : 0;
            for (int k = 0; k < expected.length(); k++) {
                current.appendVisible(expected.charAt(k), at);
            }
        }
    }

    /** Metadata from the page's meta tags and marked-up elements, by the rules of {@code html-meta.txt}. */
    private static final class HtmlMeta {
        private final List<HtmlRules.MetaRule> rules;

        HtmlMeta(List<HtmlRules.MetaRule> rules) {
            this.rules = rules;
        }

        ReportMeta read(Document doc) {
            ReportMeta meta = new ReportMeta();
            for (HtmlRules.MetaRule rule : rules) {
                Elements found = doc.select(rule.selector());
                for (Element e : found) {
                    String value = value(e);
                    if (value != null && !value.isBlank()) {
                        apply(meta, rule.field(), value.strip());
                    }
                }
            }
            if (meta.title == null) {
                meta.title = titleWithoutSiteName(doc.title());
            }
            return meta;
        }

        private static String value(Element e) {
            for (String attr : new String[] {"content", "datetime"}) {
                if (e.hasAttr(attr)) {
                    return e.attr(attr);
                }
            }
            if (e.nameIs("link") && e.hasAttr("href")) {
                return e.absUrl("href").isEmpty() ? e.attr("href") : e.absUrl("href");
            }
            return e.text();
        }

        private static void apply(ReportMeta meta, String field, String value) {
            if (field.startsWith("tag:")) {
                String tag = field.substring(4) + ": " + value;
                if (!meta.tags.contains(tag)) {
                    meta.tags.add(tag);
                }
                return;
            }
            switch (field) {
                case "title" -> meta.title = ReportMeta.firstNonBlank(meta.title, value);
                case "author" -> {
                    if (!value.startsWith("http")) {
                        meta.author = ReportMeta.firstNonBlank(meta.author, value.replaceFirst("(?i)^by\\s+", ""));
                    }
                }
                case "published" -> {
                    if (meta.published == null) {
                        meta.published = DateParser.find(value).map(DateParser.Found::date).orElse(null);
                    }
                }
                case "outlet" -> meta.outlet = ReportMeta.firstNonBlank(meta.outlet, value);
                case "url" -> meta.url = ReportMeta.firstNonBlank(meta.url, value);
                case "source" -> meta.source = ReportMeta.firstNonBlank(meta.source, value);
                default -> throw new IllegalStateException("html-meta.txt: unknown field " + field);
            }
        }

        /** "Headline | Site" or "Headline - Site": the headline. */
        private static String titleWithoutSiteName(String title) {
            if (title == null || title.isBlank()) {
                return null;
            }
            String[] parts = title.split("\\s+[|\u2013\u2014-]\\s+");
            return parts.length > 1 && parts[parts.length - 1].split("\\s+").length <= 4
                    ? title.substring(0, title.lastIndexOf(parts[parts.length - 1])).replaceAll("[\\s|\u2013\u2014-]+$", "")
                    : title.strip();
        }
    }
}
