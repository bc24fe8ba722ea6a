package org.sitrep.extract.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.extract.actor.ActorDictionary;
import org.sitrep.extract.actor.ActorEntry;
import org.sitrep.extract.actor.ActorMention;
import org.sitrep.extract.pipeline.Document;
import org.sitrep.extract.pipeline.SentenceAnalysis;
import org.sitrep.extract.place.CountryNames;
import org.sitrep.extract.place.PlaceMention;
import org.sitrep.extract.place.PlaceResolver;
import org.sitrep.gazetteer.Place;

/** Which country's war a report or a sentence is about, read from its actors, places and words. */
public final class ConflictCountry {
    private final PlaceResolver places;
    private final EventWords words;

    public ConflictCountry(PlaceResolver places, EventWords words) {
        this.places = places;
        this.words = words;
    }

    /** The country most of the report's actors and places belong to (a region counts twice), or null. */
    public String ofReport(Document doc) {
        Map<String, Integer> votes = new HashMap<>();
        for (SentenceAnalysis s : doc.sentences) {
            voteActors(s, votes);
            for (PlaceMention p : s.places) {
                if (!p.isRegion() && p.known()) {
                    Place e = places.entry(p, null, null, List.of());
                    if (e != null && e.countryCode() != null) {
                        votes.merge(e.countryCode(), 1, Integer::sum);
                    }
                }
                if (p.isRegion() && p.region().country() != null) {
                    String code = CountryNames.code(p.region().country());
                    if (code != null) {
                        votes.merge(code, 2, Integer::sum);
                    }
                }
            }
        }
        return votes.isEmpty() ? ofForeignForces(doc) : mostVoted(votes);
    }

    /**
     * The conflict country most of the report's known actors belong to ({@code #! country}), or null:
     * what can be told before its places are read.
     */
    public static String ofActors(Document doc) {
        Map<String, Integer> votes = new HashMap<>();
        for (SentenceAnalysis s : doc.sentences) {
            voteActors(s, votes);
        }
        return votes.isEmpty() ? ofForeignForces(doc) : mostVoted(votes);
    }

    /**
     * When nothing else tells the war, the conflict whose dictionary row the foreign forces named
     * were read with ("Russian warplanes struck Sayad": the first loaded, Syria's): a weak hint, only
     * a last resort.
     */
    private static String ofForeignForces(Document doc) {
        Map<String, Integer> votes = new HashMap<>();
        for (SentenceAnalysis s : doc.sentences) {
            for (ActorMention m : s.actors) {
                if (m.entry().conflictCountry() != null) {
                    votes.merge(m.entry().conflictCountry(), 1, Integer::sum);
                }
            }
        }
        return mostVoted(votes);
    }

    /**
     * The conflict the report's telling actors belong to, or null: actors named in one war only,
     * not a foreign state's forces nor an actor of several wars (Russian forces, Hezbollah, the
     * Islamic State), whose side depends on the war they are read in.
     */
    public static String ofTellingActors(Document doc, ActorDictionary dictionary) {
        Map<String, Integer> votes = new HashMap<>();
        for (SentenceAnalysis s : doc.sentences) {
            for (ActorMention m : s.actors) {
                // an alias only a later war's file has names that war's row: it tells
                if (!dictionary.hasVariants(m.entry()) || !dictionary.isFirstRow(m.entry())) {
                    vote(m, votes);
                }
            }
        }
        return mostVoted(votes);
    }

    private static void voteActors(SentenceAnalysis s, Map<String, Integer> votes) {
        for (ActorMention m : s.actors) {
            vote(m, votes);
        }
    }

    /** A foreign state's forces fight in many wars: they do not tell which. */
    private static void vote(ActorMention m, Map<String, Integer> votes) {
        ActorEntry e = m.entry();
        boolean foreign = e.country() != null && !e.country().equalsIgnoreCase(e.conflictCountry());
        if (e.conflictCountry() != null && !foreign) {
            votes.merge(e.conflictCountry(), 1, Integer::sum);
        }
    }

    private static String mostVoted(Map<String, Integer> votes) {
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** A sentence that opens with a country ("In Nigeria, ...") moves the context there. */
    public void readSentence(String text, ParagraphContext ctx) {
        Matcher m = words.inCountry.matcher(text);
        if (m.find()) {
            String code = CountryNames.code(m.group(1));
            if (code != null) {
                ctx.countryCode = code;
            }
        }
    }
}
