package org.sitrep.extract.stages;

import java.util.Set;
import org.sitrep.extract.count.CasualtyFinder;
import org.sitrep.extract.lang.LanguageFile;
import org.sitrep.extract.pipeline.Annotation;
import org.sitrep.extract.pipeline.Document;
import org.sitrep.extract.pipeline.SentenceAnalysis;
import org.sitrep.extract.pipeline.Stage;

/** Reads the losses each sentence tells. */
public final class CasualtyStage implements Stage {
    private final CasualtyFinder finder;

    public CasualtyStage(CasualtyFinder finder) {
        this.finder = finder;
    }

    @Override
    public String name() {
        return "casualties";
    }

    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.SENTENCES, Annotation.TOKENS);
    }

    @Override
    public Set<Annotation> provides() {
        return Set.of(Annotation.CASUALTIES);
    }

    @Override
    public Set<LanguageFile> reads() {
        return Set.of(LanguageFile.CASUALTIES, LanguageFile.NUMBERS, LanguageFile.CALENDAR);
    }

    @Override
    public void apply(Document doc) {
        for (SentenceAnalysis s : doc.sentences) {
            s.casualties = finder.find(s.text(), s.tokens);
        }
    }
}
