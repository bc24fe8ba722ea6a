package org.sitrep.extract.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.extract.actor.ActorMention;
import org.sitrep.extract.pipeline.SentenceAnalysis;
import org.sitrep.extract.place.PlaceMention;
import org.sitrep.model.Location;
import org.sitrep.model.SubEventType;

/**
 * Coders' labels ("Movement of forces: …", labels.tsv): a sentence that opens with one tells one
 * event of that kind, by its first actor, at its first place, whatever verbs it uses.
 */
public final class Labels {
    private final Map<String, SubEventType> labels = new LinkedHashMap<>();

    /** @param rows the language's labels: label TAB ACLED sub-event type (labels.tsv) */
    public Labels(List<String> rows) {
        for (String line : rows) {
            String[] f = line.split("\t");
            labels.put(f[0].strip().toLowerCase(Locale.ROOT), SubEventType.fromLabel(f[1].strip()));
        }
    }

    /** The kind a sentence's opening label names, or null. */
    public SubEventType labelOf(String sentence) {
        int colon = sentence.indexOf(':');
        if (colon <= 0 || colon > 45) {
            return null;
        }
        return labels.get(sentence.substring(0, colon).strip().toLowerCase(Locale.ROOT));
    }

    /** The sentence's one event of the labelled kind. */
    public List<Draft> relabel(List<Draft> made, SubEventType type, SentenceAnalysis s, List<ActorMention> actors,
                               Map<PlaceMention, Location> located, Location region, int index) {
        if (made.size() > 1) {
            // the rules placed it in several places (one event per place, as ACLED codes them)
            List<Draft> all = new ArrayList<>();
            for (Draft each : made) {
                all.addAll(relabel(List.of(each), type, s, actors, located, region, index));
            }
            return all;
        }
        Draft d = made.isEmpty() ? new Draft(index, s.sentence.paragraph()) : made.get(0);
        d.type = type;
        d.category = TriggerCategory.MOVEMENT;
        if (d.actor1 == null && !actors.isEmpty()) {
            d.actor1 = actors.get(0).entry();
        }
        if (!type.equals(SubEventType.AGREEMENT) && !type.equals(SubEventType.ARRESTS)) {
            d.actor2 = null; // a movement or an announcement has no target
            d.assoc2 = new ArrayList<>();
        }
        if (d.location == null) {
            d.location = located.entrySet().stream()
                    .sorted(java.util.Comparator.comparingInt(e -> e.getKey().start()))
                    .map(Map.Entry::getValue).findFirst().orElse(region);
        }
        if (d.date == null) {
            d.date = s.date;
            d.source = s.claim.source();
            d.modality = s.claim.modality();
            d.confidence = 0.6;
            d.evidenceStart = s.sentence.start();
            d.evidenceEnd = s.sentence.end();
        }
        if (d.actor1 == null) {
            return List.of();
        }
        return new ArrayList<>(List.of(d));
    }
}
