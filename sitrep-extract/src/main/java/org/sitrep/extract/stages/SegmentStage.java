package org.sitrep.extract.stages;

import java.util.Set;
import org.sitrep.extract.lang.LanguageFile;
import org.sitrep.extract.pipeline.Annotation;
import org.sitrep.extract.pipeline.Document;
import org.sitrep.extract.pipeline.SentenceAnalysis;
import org.sitrep.extract.pipeline.Stage;
import org.sitrep.extract.text.Sentence;
import org.sitrep.extract.text.SentenceSplitter;
import org.sitrep.extract.text.Tokenizer;

/** Splits the body into sentences and tokens. */
public final class SegmentStage implements Stage {
    private final SentenceSplitter splitter;

    public SegmentStage(SentenceSplitter splitter) {
        this.splitter = splitter;
    }

    @Override
    public String name() {
        return "segment";
    }

    @Override
    public Set<Annotation> requires() {
        return Set.of();
    }

    @Override
    public Set<Annotation> provides() {
        return Set.of(Annotation.SENTENCES, Annotation.TOKENS);
    }

    @Override
    public Set<LanguageFile> reads() {
        return Set.of(LanguageFile.ABBREVIATIONS, LanguageFile.CALENDAR);
    }

    @Override
    public void apply(Document doc) {
        for (Sentence s : splitter.split(doc.report.body())) {
            SentenceAnalysis a = new SentenceAnalysis(s);
            a.tokens = Tokenizer.tokenize(s.text());
            doc.sentences.add(a);
        }
    }
}
