package org.sitrep.extract.stages;

import java.util.Set;
import org.sitrep.extract.lang.LanguageFile;
import org.sitrep.extract.pipeline.Annotation;
import org.sitrep.extract.pipeline.Document;
import org.sitrep.extract.pipeline.SentenceAnalysis;
import org.sitrep.extract.pipeline.Stage;
import org.sitrep.extract.time.DateFinder;
import org.sitrep.extract.time.DateMention;
import org.sitrep.extract.time.EventDate;
import org.sitrep.model.DatePrecision;

/**
 * Dates each sentence. A date that opens a sentence ("On November 14, …") sets the narrative's
 * time until another does; a date inside a sentence dates that sentence only. With no date in the
 * text, events take the report's own date.
 */
public final class DateStage implements Stage {
    private final DateFinder finder;

    public DateStage(DateFinder finder) {
        this.finder = finder;
    }

    @Override
    public String name() {
        return "dates";
    }

    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.SENTENCES);
    }

    @Override
    public Set<Annotation> provides() {
        return Set.of(Annotation.DATES);
    }

    @Override
    public Set<LanguageFile> reads() {
        return Set.of(LanguageFile.CALENDAR);
    }

    @Override
    public void apply(Document doc) {
        java.time.LocalDate reference = doc.report.referenceDate();
        EventDate narrative = reference == null ? EventDate.UNKNOWN : new EventDate(reference, null, DatePrecision.DAY);
        EventDate last = narrative;
        for (SentenceAnalysis s : doc.sentences) {
            s.dates = finder.find(s.text(), reference, last);
            EventDate own = null;
            for (DateMention d : s.dates) {
                boolean vague = d.date().precision() != DatePrecision.DAY;
                if (d.leading() && own == null) {
                    own = d.date();
                    if (!vague) {
                        narrative = d.date(); // "Recently, …" dates its sentence, not the story after it
                    }
                }
                if (!vague) {
                    last = d.date();
                }
            }
            s.date = own != null ? own : narrative;
        }
    }
}
