package org.sitrep.extract.event;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.extract.actor.ActorDictionary;
import org.sitrep.extract.actor.ActorEntry;
import org.sitrep.extract.actor.ActorKind;
import org.sitrep.extract.actor.ActorMention;
import org.sitrep.extract.actor.ActorResolver;
import org.sitrep.extract.pipeline.Document;
import org.sitrep.extract.pipeline.SentenceAnalysis;
import org.sitrep.extract.place.CountryNames;
import org.sitrep.extract.place.PlaceMention;
import org.sitrep.extract.place.PlaceResolver;
import org.sitrep.gazetteer.Place;

/** Which country's war a report or a sentence is about, read from its actors, places and words. */
public final class ConflictCountry {
    // an actor of one war's dictionary tells more than a place name, which may be a namesake abroad
    private static final int ACTOR = 3;
    private static final int PLACE = 2;
    private static final int HINT = 1;
    private final PlaceResolver places;
    private final EventWords words;
    private final ActorDictionary dictionary;
    private final HomeConflict home;

    public ConflictCountry(PlaceResolver places, EventWords words, ActorDictionary dictionary, HomeConflict home) {
        this.places = places;
        this.words = words;
        this.dictionary = dictionary;
        this.home = home;
    }

    /**
     * The country most of the report's telling actors, places and nationals ("Bahrainis", as much as
     * a place) belong to (an actor counts more than a place, a region twice, a country named half,
     * the user's home war half and wins a tie), or null: never the war the dictionaries happen to list first.
     */
    public String ofReport(Document doc) {
        Map<String, Integer> votes = new HashMap<>();
        Map<String, Long> largestPlace = new HashMap<>();
        for (SentenceAnalysis s : doc.sentences) {
            voteActors(s, dictionary, votes);
            for (int i = 0; i < s.tokens.size(); i++) {
                String code = words.national(s.tokens, i);
                if (code != null) {
                    votes.merge(code, PLACE, Integer::sum); // "Bahrainis marched against the government": whose country
                }
            }
        }
        // a name several countries have is read in the country the actors and people named point to
        // ("a Palestinian man was shot in Jenin": the West Bank's, not a namesake village abroad)
        String named = soleMostVoted(votes);
        for (SentenceAnalysis s : doc.sentences) {
            for (PlaceMention p : s.places) {
                if (!p.isRegion() && p.known()) {
                    Place e = entryIn(p, named);
                    if (e != null && e.countryCode() != null) {
                        // a country named ("talks with Russia") is a party more often than the scene
                        votes.merge(e.countryCode(), e.isCountry() ? HINT : PLACE, Integer::sum);
                        if (!e.isCountry()) {
                            largestPlace.merge(e.countryCode(), e.population(), Math::max);
                        }
                    }
                }
                if (p.isRegion() && p.region().country() != null) {
                    String code = CountryNames.code(p.region().country());
                    if (code != null) {
                        votes.merge(code, 2 * PLACE, Integer::sum);
                    }
                }
            }
        }
        String prior = home.country();
        if (prior != null) {
            votes.merge(prior, HINT, Integer::sum); // the user's war: a hint, and the tie-breaker
        }
        return mostVoted(votes, prior, largestPlace);
    }

    /**
     * The place a mention names, read in the country the actors and people point to when it has an
     * entry there under that very name ("Jenin", an alternate name of the West Bank town and the name
     * of a village in Poland); a spelling variant in that country does not outweigh the name elsewhere.
     */
    private Place entryIn(PlaceMention p, String named) {
        Place anywhere = places.entry(p, null, null, List.of());
        if (named == null || anywhere != null && named.equalsIgnoreCase(anywhere.countryCode())) {
            return anywhere;
        }
        Place there = places.entry(p, null, named, List.of());
        return there != null && named.equalsIgnoreCase(there.countryCode()) && there.isNamed(p.text()) ? there : anywhere;
    }

    /**
     * The conflict the report's telling actors belong to ({@code #! country}), or null: what can be
     * told before its places are read, and firmly enough to read an actor of several wars with
     * that war's row.
     */
    public static String ofActors(Document doc, ActorDictionary dictionary) {
        Map<String, Integer> votes = new HashMap<>();
        for (SentenceAnalysis s : doc.sentences) {
            voteActors(s, dictionary, votes);
        }
        return mostVoted(votes);
    }

    private static void voteActors(SentenceAnalysis s, ActorDictionary dictionary, Map<String, Integer> votes) {
        for (ActorMention m : s.actors) {
            if (tells(m, dictionary)) {
                votes.merge(m.entry().conflictCountry(), ACTOR, Integer::sum);
            }
        }
    }

    /**
     * An actor named in one war only tells the war. Not a foreign state's forces, nor an actor of
     * several wars read with the first war's row (the Islamic State, the US-led coalition: an alias
     * only a later war's file has names that war's row, and tells), nor words several wars' files
     * list ("al-Qaeda", "the coalition"), nor a description ("warplanes", "the regime", "tribal
     * fighters": no capital), whose actor depends on the war they are read in.
     */
    private static boolean tells(ActorMention m, ActorDictionary dictionary) {
        ActorEntry e = m.entry();
        boolean foreign = e.country() != null && !e.country().equalsIgnoreCase(e.conflictCountry());
        boolean ofSeveralWars = dictionary.hasVariants(e) && dictionary.isFirstRow(e)
                || dictionary.namesInSeveralWars(m.text());
        return e.conflictCountry() != null && !foreign && !ofSeveralWars && e.kind() != ActorKind.GENERIC
                && !ActorResolver.describesOnly(m.text());
    }

    /** The country with most votes, or null when none has more than every other. */
    private static String soleMostVoted(Map<String, Integer> votes) {
        List<String> tied = mostVotes(votes);
        return tied.size() == 1 ? tied.get(0) : null;
    }

    /** The countries with the most votes, by code. */
    private static List<String> mostVotes(Map<String, Integer> votes) {
        int top = votes.values().stream().max(Integer::compare).orElse(0);
        return votes.entrySet().stream().filter(e -> e.getValue() == top).map(Map.Entry::getKey).sorted().toList();
    }

    private static String mostVoted(Map<String, Integer> votes) {
        return mostVoted(votes, null, Map.of());
    }

    /**
     * The country with most votes; on a tie, {@code preferred} if it is among them, else the one of
     * the largest town named (a Yemeni district town that shares its name with one in Kansas, named beside Taiz: Yemen),
     * else the first by code.
     */
    private static String mostVoted(Map<String, Integer> votes, String preferred, Map<String, Long> largestPlace) {
        List<String> tied = mostVotes(votes);
        if (tied.isEmpty()) {
            return null;
        }
        if (preferred != null && tied.contains(preferred)) {
            return preferred;
        }
        return tied.stream().max(Comparator.comparingLong((String c) -> largestPlace.getOrDefault(c, 0L))
                .thenComparing(Comparator.<String>reverseOrder())).orElseThrow();
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
