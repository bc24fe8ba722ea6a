package org.sitrep.extract.stages;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.extract.lang.LanguageFile;
import org.sitrep.extract.pipeline.Annotation;
import org.sitrep.extract.pipeline.Document;
import org.sitrep.extract.pipeline.SentenceAnalysis;
import org.sitrep.extract.pipeline.Stage;
import org.sitrep.extract.time.DateFinder;
import org.sitrep.extract.time.Dateline;
import org.sitrep.extract.time.DateMention;
import org.sitrep.extract.time.EventDate;
import org.sitrep.extract.time.PastTimes;
import org.sitrep.model.DatePrecision;

/**
 * Dates each sentence. A date that opens a sentence ("On November 14, …") sets the narrative's
 * time until another does; a date inside a sentence dates that sentence only. With no date in the
 * text, events take the report's own date, else its dateline's. The dateline's own date dates the
 * report, not the story: a sentence read after a dateline starts where the dateline ends. Years and
 * months named without a day that ended well before the report are kept apart ({@link PastTimes}).
 */
public final class DateStage implements Stage {
    private final DateFinder finder;
    private final PastTimes pastTimes;

    public DateStage(DateFinder finder, PastTimes pastTimes) {
        this.finder = finder;
        this.pastTimes = pastTimes;
    }

    @Override
    public String name() {
        return "dates";
    }

    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.SENTENCES, Annotation.DATELINE);
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
        java.time.LocalDate reference = doc.referenceDate();
        EventDate narrative = reference != null ? new EventDate(reference, null, DatePrecision.DAY)
                : doc.dateline != null && doc.dateline.date() != null ? doc.dateline.date() // "YANGON, 14 March": no year
                : EventDate.UNKNOWN;
        EventDate last = narrative;
        for (SentenceAnalysis s : doc.sentences) {
            s.dates = find(doc, s, reference, last);
            s.pastTimes = pastTimes.find(s.text(), reference);
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

    /** The sentence's dates; in the dateline's sentence, those of the story after the dateline. */
    private List<DateMention> find(Document doc, SentenceAnalysis s, java.time.LocalDate reference, EventDate last) {
        Dateline d = doc.dateline;
        if (d == null || d.end() <= s.sentence.start() || d.end() > s.sentence.end()) {
            return finder.find(s.text(), reference, last);
        }
        int cut = d.end() - s.sentence.start();
        List<DateMention> out = new ArrayList<>();
        for (DateMention m : finder.find(s.text().substring(cut), reference, last)) {
            out.add(new DateMention(m.start() + cut, m.end() + cut, m.date(), m.leading()));
        }
        return out;
    }
}
