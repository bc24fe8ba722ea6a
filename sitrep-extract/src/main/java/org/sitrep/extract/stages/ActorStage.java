package org.sitrep.extract.stages;

import java.util.Set;
import org.sitrep.extract.actor.ActorMatcher;
import org.sitrep.extract.pipeline.Annotation;
import org.sitrep.extract.pipeline.Document;
import org.sitrep.extract.pipeline.SentenceAnalysis;
import org.sitrep.extract.pipeline.Stage;

/** Finds dictionary actors in each sentence. */
public final class ActorStage implements Stage {
    private final ActorMatcher matcher;

    public ActorStage(ActorMatcher matcher) {
        this.matcher = matcher;
    }

    @Override
    public String name() {
        return "actors";
    }

    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.TOKENS);
    }

    @Override
    public Set<Annotation> provides() {
        return Set.of(Annotation.ACTORS);
    }

    @Override
    public void apply(Document doc) {
        for (SentenceAnalysis s : doc.sentences) {
            s.actors = matcher.find(s.text(), s.tokens);
        }
    }
}
