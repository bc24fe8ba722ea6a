package org.sitrep.extract.stages;

import java.util.Set;
import org.sitrep.extract.actor.ActorDictionary;
import org.sitrep.extract.actor.ActorMatcher;
import org.sitrep.extract.actor.ActorMention;
import org.sitrep.extract.actor.DemonymUse;
import org.sitrep.extract.event.ConflictCountry;
import org.sitrep.extract.event.HomeConflict;
import org.sitrep.extract.lang.LanguageFile;
import org.sitrep.extract.pipeline.Annotation;
import org.sitrep.extract.pipeline.Document;
import org.sitrep.extract.pipeline.SentenceAnalysis;
import org.sitrep.extract.pipeline.Stage;

/** Finds dictionary actors in each sentence. */
public final class ActorStage implements Stage {
    private final ActorMatcher matcher;
    private final DemonymUse demonyms;

    private final ActorDictionary dictionary;
    private final HomeConflict home;

    public ActorStage(ActorMatcher matcher, DemonymUse demonyms, ActorDictionary dictionary, HomeConflict home) {
        this.matcher = matcher;
        this.demonyms = demonyms;
        this.dictionary = dictionary;
        this.home = home;
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
    public Set<LanguageFile> reads() {
        return Set.of(LanguageFile.EVENTS); // the nouns of people and places a demonym may name
    }

    @Override
    public void apply(Document doc) {
        for (SentenceAnalysis s : doc.sentences) {
            s.actors = demonyms.forcesOnly(matcher.find(s.text(), s.tokens), s.tokens);
        }
        // an actor of several wars takes its row (side) in the war the report's other actors tell
        String war = home.or(ConflictCountry.ofActors(doc, dictionary));
        if (war != null) {
            for (SentenceAnalysis s : doc.sentences) {
                s.actors = s.actors.stream().map(m -> new ActorMention(dictionary.variant(m.entry(), m.text(), war), m.start(),
                        m.end(), m.text())).toList();
            }
        }
    }
}
