package org.sitrep.extract.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.ingest.regex.LowerCase;
import org.sitrep.ingest.regex.PatternLexicon;
import org.sitrep.ingest.regex.WordStartPattern;
import org.sitrep.extract.rules.Draft;
import org.sitrep.model.SubEventType;

/**
 * One incident told several times in a report (a news article's headline, its lead and its body)
 * is one event. A violent event the report places nowhere ("A suicide bomber killed four people on
 * Sunday") or at the country alone is retold by the report's next placed violent event of that day
 * and source in that country, preferably of the same kind (an unplaced event told after a placed
 * one adds to it: "5 more were killed"); its deaths are the incident's deaths by ACLED's rule, the most conservative
 * figure the report gives, never the sum of its retellings. The same figure told again at one
 * place and day, without a word that puts it on top of the first ({@code [additive-cue]} in
 * casualties.txt: "3 more", "another 3"), is the first retold: a lead pasted twice, the headline's
 * figure in the body.
 */
public final class Retellings {
    private final PatternLexicon additiveCues;
    private final PatternLexicon revisionCues;

    /**
     * @param additiveCues patterns of the words that put a figure on top of one already told
     * @param revisionCues patterns of the words that make a later figure the revised toll of one told before
     */
    public Retellings(List<String> additiveCues, List<String> revisionCues) {
        this.additiveCues = lexicon(additiveCues);
        this.revisionCues = lexicon(revisionCues);
    }

    private static PatternLexicon lexicon(List<String> patterns) {
        return new PatternLexicon(patterns.stream().map(p -> new WordStartPattern(p, 0)).toList());
    }

    /**
     * Sets on {@code survivor} the deaths of two tellings merged as one event at one place and day: the
     * parts' sum, unless the later sentence tells the earlier's figure again without saying that it comes
     * on top, or tells a smaller figure that, with the parts told before it, still fits inside the
     * earlier total ("16 civilians were killed … nine in one quarter, two in another … another five in
     * two other districts": one toll of 16, told in parts). A smaller figure said to come on top
     * ("concurrently, shelling killed two") starts no parts: it adds.
     */
    public void mergeFatalities(Draft survivor, Draft earlier, Draft later, String laterSentence) {
        if (earlier.fatalities == null || later.fatalities == null) {
            Draft told = earlier.fatalities == null ? later : earlier;
            survivor.fatalities = told.fatalities;
            survivor.partsTold = told.partsTold;
            return;
        }
        if (earlier.sentence != later.sentence && matches(revisionCues, laterSentence) && later.fatalities > 0) {
            survivor.fatalities = later.fatalities; // "later figures put the dead at 9": the toll revised
            survivor.partsTold = 0;
            return;
        }
        boolean onTop = matches(additiveCues, laterSentence);
        boolean retold = earlier.sentence != later.sentence && earlier.fatalities.equals(later.fatalities)
                && earlier.fatalities > 0 && !onTop;
        int parts = earlier.partsTold + later.fatalities;
        if (retold) {
            survivor.fatalities = earlier.fatalities;
            survivor.partsTold = earlier.partsTold;
        } else if (earlier.sentence != later.sentence && later.fatalities > 0
                && later.fatalities < earlier.fatalities && parts <= earlier.fatalities
                && (earlier.partsTold > 0 || !onTop)) {
            survivor.fatalities = earlier.fatalities; // a part of the total told first
            survivor.partsTold = parts;
        } else {
            survivor.fatalities = earlier.fatalities + later.fatalities;
            survivor.partsTold = 0;
        }
    }

    private static boolean matches(PatternLexicon cues, String sentence) {
        boolean[] found = new boolean[1];
        cues.forEachMatch(LowerCase.of(sentence), (k, start, m) -> found[0] = true);
        return found[0];
    }
    public List<Draft> fold(List<Draft> drafts) {
        List<Draft> out = new ArrayList<>(drafts);
        String home = mostPlacedCountry(drafts);
        for (Draft told : drafts) {
            if (placedWithin(told) || !violent(told.type)) {
                continue;
            }
            Draft placed = placedRetelling(told, out, home);
            if (placed != null) {
                absorb(placed, told);
                out.remove(told);
            }
        }
        return out;
    }

    /** The later placed event that retells the unplaced one: same day and source, the same sub-type first. */
    private static Draft placedRetelling(Draft told, List<Draft> drafts, String home) {
        Draft sameType = null;
        Draft sameFamily = null;
        Draft anyViolent = null;
        for (Draft d : drafts) {
            if (d == told || !placedWithin(d) || d.sentence <= told.sentence || !violent(d.type)
                    || !Objects.equals(told.location != null ? told.location.country() : home, d.location.country())
                    || !d.dayKey().equals(told.dayKey())
                    || !Objects.equals(d.source, told.source) || !Objects.equals(d.modality, told.modality)) {
                continue;
            }
            if (sameType == null && d.type == told.type) {
                sameType = d;
            }
            if (sameFamily == null && d.type.type() == told.type.type()) {
                sameFamily = d;
            }
            if (anyViolent == null) {
                anyViolent = d;
            }
        }
        return sameType != null ? sameType : sameFamily != null ? sameFamily : anyViolent;
    }

    /**
     * The country most of the report's placed events are in, or null when none is placed: an event
     * placed nowhere is retold where the report is ("a twin bombing in a town in the north", then
     * the town), not across a border it mentions.
     */
    private static String mostPlacedCountry(List<Draft> drafts) {
        Map<String, Integer> n = new LinkedHashMap<>();
        String most = null;
        for (Draft d : drafts) {
            if (placedWithin(d) && d.location.country() != null) {
                int c = n.merge(d.location.country(), 1, Integer::sum);
                if (most == null || c > n.get(most)) {
                    most = d.location.country(); // ties: the first told
                }
            }
        }
        return most;
    }

    /**
     * Placed at a place or region within a country. An event placed at the country alone ("strikes
     * on IS in Syria") is placed nowhere in particular: the report's next event of that day in the
     * country tells where.
     */
    private static boolean placedWithin(Draft d) {
        return d.location != null && !d.location.countryOnly();
    }

    private static void absorb(Draft placed, Draft told) {
        if (placed.actor1 == null
                || placed.actor1.namesNobody() && told.actor1 != null && !told.actor1.namesNobody()) {
            placed.actor1 = told.actor1; // "Strikes kill 8 ... Russian air strikes killed 8": the telling that names who
        }
        if (placed.actor2 == null && told.actor2 != null && !told.actor2.equals(placed.actor1)) {
            placed.actor2 = told.actor2;
        }
        placed.fatalities = conservative(placed.fatalities, told.fatalities);
        if (placed.prisoners == null) {
            placed.prisoners = told.prisoners;
        }
        placed.confidence = Math.max(placed.confidence, told.confidence);
    }

    /** Of two tellings' figures the lower, where both give one; else the one given. */
    static Integer conservative(Integer a, Integer b) {
        if (a == null || a == 0) {
            return b == null ? a : b;
        }
        if (b == null || b == 0) {
            return a;
        }
        return Math.min(a, b);
    }

    /** Events whose dead one toll counts: political violence, and riots (a man shot as a riot is put down). */
    private static boolean violent(SubEventType t) {
        return t.type().killsPeople();
    }
}
