package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Report;
import org.sitrep.model.SourceMap;
import org.sitrep.model.Span;

/**
 * Makes a {@link Report} from a document's cleaned lines, whatever their format: reads the
 * header, drops the boilerplate, mends cut paragraphs and joins the paragraphs with one blank
 * line, keeping every body character's source offset.
 */
final class ArticleBuilder {
    /** How much of the text may be taken as a header. */
    enum HeaderMode {
        /** Markdown or web text: a short first line may be the title. */
        TEXT,
        /** HTML: only heading elements may be the title. */
        HEADINGS_ONLY,
        /** A corpus line: the metadata is given, the text has no header. */
        NONE
    }

    private static final String PARAGRAPH_SEPARATOR = "\n\n";

    private final Boilerplate boilerplate;
    private final HeaderParser header;

    ArticleBuilder(Boilerplate boilerplate) {
        this.boilerplate = boilerplate;
        this.header = new HeaderParser(HeaderFields.defaults(), boilerplate);
    }

    /**
     * @param known        metadata from outside the text (meta tags, corpus fields); it wins over the header
     * @param sourceLength length of the original text the line offsets point into
     * @param dropped      receives each line left out as boilerplate
     */
    Report build(String id, List<Line> lines, int sourceLength, ReportMeta known, HeaderMode mode,
            List<String> dropped) throws IngestException {
        ReportMeta meta = known;
        int bodyStart = 0;
        if (mode != HeaderMode.NONE) {
            HeaderParser.Result h = header.parse(lines, mode == HeaderMode.TEXT, dropped);
            meta = known.fillGapsFrom(h.meta());
            bodyStart = h.bodyStart();
        }
        List<MappedText> paragraphs = Paragraphs.group(articleLines(lines.subList(bodyStart, lines.size()), meta, dropped));
        if (paragraphs.isEmpty()) {
            throw new IngestException("no article text found");
        }
        MappedTextBuilder body = new MappedTextBuilder();
        List<Span> spans = new ArrayList<>();
        for (MappedText p : paragraphs) {
            if (!body.isEmpty()) {
                int after = spans.get(spans.size() - 1).end();
                for (char c : PARAGRAPH_SEPARATOR.toCharArray()) {
                    body.append(c, after);
                }
            }
            body.append(p);
            spans.add(p.sourceSpan());
        }
        MappedText text = body.build();
        return new Report(id, meta.title, meta.author, meta.outlet, meta.published, meta.source,
                meta.sourcePublished, meta.tags, meta.url, text.text(), spans,
                new SourceMap(text.origins(), sourceLength));
    }

    /**
     * The lines without boilerplate; a dropped line also ends its paragraph. Tag lines found
     * after the header (pages that put them below the article) go to the metadata.
     */
    private List<Line> articleLines(List<Line> lines, ReportMeta meta, List<String> dropped) {
        List<Line> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            List<String> tags = line.isBlank() ? List.of() : header.tags(line.plain());
            if (line.isBlank()) {
                kept.add(line);
            } else if (boilerplate.startsTrailer(line.plain())) {
                lines.subList(i, lines.size()).stream().filter(l -> !l.isBlank()).map(Line::plain)
                        .forEach(dropped::add);
                break;
            } else if (!tags.isEmpty()) {
                tags.stream().filter(t -> !meta.tags.contains(t)).forEach(meta.tags::add);
                kept.add(Line.BLANK);
            } else if (boilerplate.isBoilerplate(line.plain())) {
                dropped.add(line.plain());
                kept.add(Line.BLANK);
            } else {
                kept.add(line);
            }
        }
        return kept;
    }
}
