package org.sitrep.extract.stages;

import java.util.Set;
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

    public PlaceStage(PlaceFinder finder) {
        this.finder = finder;
    }

    @Override
    public String name() {
        return "places";
    }

    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.TOKENS, Annotation.ACTORS);
    }

    @Override
    public Set<Annotation> provides() {
        return Set.of(Annotation.PLACES);
    }

    /**
     * The conflict country most of the report's known actors belong to ({@code #! country}), or null:
     * a hint for picking a place out of a run of capitals, not (yet) a filter on every place.
     */
    static String actorsCountry(Document doc) {
        java.util.Map<String, Integer> votes = new java.util.HashMap<>();
        for (SentenceAnalysis s : doc.sentences) {
            for (org.sitrep.extract.actor.ActorMention m : s.actors) {
                if (m.entry().conflictCountry() != null) {
                    votes.merge(m.entry().conflictCountry(), 1, Integer::sum);
                }
            }
        }
        return votes.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey)
                .orElse(null);
    }

    @Override
    public Set<LanguageFile> reads() {
        return Set.of(LanguageFile.PLACES);
    }

    @Override
    public void apply(Document doc) {
        String country = actorsCountry(doc);
        String hint = null;
        int paragraph = -1;
        for (SentenceAnalysis s : doc.sentences) {
            if (s.sentence.paragraph() != paragraph) {
                paragraph = s.sentence.paragraph();
                hint = null;
            }
            s.places = finder.find(s.text(), s.tokens, s.actors, hint, null, country);
            for (PlaceMention p : s.places) {
                if (p.isRegion() && p.region().admin1() != null) {
                    hint = p.region().admin1();
                }
            }
        }
    }
}
