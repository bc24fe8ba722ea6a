package org.sitrep.extract.stages;

import java.util.List;
import java.util.Set;
import org.sitrep.extract.actor.ActorDictionary;
import org.sitrep.extract.event.ConflictCountry;
import org.sitrep.extract.event.HomeConflict;
import org.sitrep.extract.lang.LanguageFile;
import org.sitrep.extract.pipeline.Annotation;
import org.sitrep.extract.pipeline.Document;
import org.sitrep.extract.pipeline.SentenceAnalysis;
import org.sitrep.extract.pipeline.Stage;
import org.sitrep.extract.place.PlaceFinder;
import org.sitrep.extract.place.PlaceMention;

/**
 * Finds places and regions sentence by sentence; the last region a paragraph names helps the
 * gazetteer choose among places of the same name in the sentences after it.
 */
public final class PlaceStage implements Stage {
    private final PlaceFinder finder;
    private final ActorDictionary dictionary;
    private final HomeConflict home;

    public PlaceStage(PlaceFinder finder, ActorDictionary dictionary, HomeConflict home) {
        this.finder = finder;
        this.dictionary = dictionary;
        this.home = home;
    }

    @Override
    public String name() {
        return "places";
    }

    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.TOKENS, Annotation.ACTORS, Annotation.DATELINE);
    }

    @Override
    public Set<Annotation> provides() {
        return Set.of(Annotation.PLACES);
    }

    @Override
    public Set<LanguageFile> reads() {
        return Set.of(LanguageFile.PLACES, LanguageFile.EVENTS); // events: the group nouns after a group's name
    }

    @Override
    public void apply(Document doc) {
        // the report's war, from its actors: a hint for picking a place out of a run of capitals,
        // not (yet) a filter on every place
        String country = home.or(ConflictCountry.ofActors(doc, dictionary));
        String hint = null;
        int paragraph = -1;
        for (SentenceAnalysis s : doc.sentences) {
            if (s.sentence.paragraph() != paragraph) {
                paragraph = s.sentence.paragraph();
                hint = null;
            }
            s.places = withoutDateline(doc, s, finder.find(s.text(), s.tokens, s.actors, hint, null, country));
            for (PlaceMention p : s.places) {
                if (p.isRegion() && p.region().admin1() != null) {
                    hint = p.region().admin1();
                }
            }
        }
    }

    /** The dateline's city is where the report was written: no place of its events, nor their town. */
    private static List<PlaceMention> withoutDateline(Document doc, SentenceAnalysis s, List<PlaceMention> places) {
        if (doc.dateline == null) {
            return places;
        }
        int at = s.sentence.start();
        return places.stream().filter(p -> !doc.dateline.covers(at + p.start(), at + p.end())).toList();
    }
}
