package org.sitrep.extract.stages;

import java.util.Set;
import org.sitrep.extract.lang.LanguageFile;
import org.sitrep.extract.pipeline.Annotation;
import org.sitrep.extract.pipeline.Document;
import org.sitrep.extract.pipeline.SentenceAnalysis;
import org.sitrep.extract.pipeline.Stage;
import org.sitrep.extract.rules.TriggerLexicon;

/** Finds the event trigger phrases of each sentence. */
public final class TriggerStage implements Stage {
    private final TriggerLexicon lexicon;

    public TriggerStage(TriggerLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "triggers";
    }

    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.SENTENCES);
    }

    @Override
    public Set<Annotation> provides() {
        return Set.of(Annotation.TRIGGERS);
    }

    @Override
    public Set<LanguageFile> reads() {
        return Set.of(LanguageFile.TRIGGERS);
    }

    @Override
    public void apply(Document doc) {
        for (SentenceAnalysis s : doc.sentences) {
            s.triggers = lexicon.find(s.text());
        }
    }
}
