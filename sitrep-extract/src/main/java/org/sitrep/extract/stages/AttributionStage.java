package org.sitrep.extract.stages;

import java.util.Set;
import org.sitrep.extract.attribution.AttributionFinder;
import org.sitrep.extract.lang.LanguageFile;
import org.sitrep.extract.pipeline.Annotation;
import org.sitrep.extract.pipeline.Document;
import org.sitrep.extract.pipeline.SentenceAnalysis;
import org.sitrep.extract.pipeline.Stage;

/** Reads who each sentence says speaks, and how. */
public final class AttributionStage implements Stage {
    private final AttributionFinder finder;

    public AttributionStage(AttributionFinder finder) {
        this.finder = finder;
    }

    @Override
    public String name() {
        return "attribution";
    }

    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.SENTENCES);
    }

    @Override
    public Set<Annotation> provides() {
        return Set.of(Annotation.ATTRIBUTION);
    }

    @Override
    public Set<LanguageFile> reads() {
        return Set.of(LanguageFile.ATTRIBUTION);
    }

    @Override
    public void apply(Document doc) {
        for (SentenceAnalysis s : doc.sentences) {
            s.claim = finder.find(s.text());
        }
    }
}
