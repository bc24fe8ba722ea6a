package org.sitrep.extract.stages;

import java.util.Set;
import org.sitrep.extract.lang.LanguageFile;
import org.sitrep.extract.pipeline.Annotation;
import org.sitrep.extract.pipeline.Document;
import org.sitrep.extract.pipeline.SentenceAnalysis;
import org.sitrep.extract.pipeline.Stage;
import org.sitrep.extract.time.DatelineReader;

/**
 * Finds the report's dateline: the opening sentence of one of its first paragraphs (a byline or a
 * photo caption may come first). Its date is the report's when the report has none; its city is
 * where the report was written, which later stages keep apart from the places of the events.
 */
public final class DatelineStage implements Stage {
    /** How many paragraphs may come before the dateline. */
    private static final int FIRST_PARAGRAPHS = 3;

    private final DatelineReader reader;

    public DatelineStage(DatelineReader reader) {
        this.reader = reader;
    }

    @Override
    public String name() {
        return "dateline";
    }

    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.SENTENCES);
    }

    @Override
    public Set<Annotation> provides() {
        return Set.of(Annotation.DATELINE);
    }

    @Override
    public Set<LanguageFile> reads() {
        return Set.of(LanguageFile.CALENDAR);
    }

    @Override
    public void apply(Document doc) {
        int paragraph = -1;
        for (SentenceAnalysis s : doc.sentences) {
            if (s.sentence.paragraph() == paragraph) {
                continue;
            }
            paragraph = s.sentence.paragraph();
            if (paragraph >= FIRST_PARAGRAPHS) {
                return;
            }
            doc.dateline = reader.read(s.text(), s.sentence.start(), doc.report.referenceDate());
            if (doc.dateline != null) {
                return;
            }
        }
    }
}
