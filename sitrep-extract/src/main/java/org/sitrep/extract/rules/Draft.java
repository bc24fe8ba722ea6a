package org.sitrep.extract.rules;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.extract.actor.ActorEntry;
import org.sitrep.extract.time.EventDate;
import org.sitrep.model.Location;
import org.sitrep.model.SubEventType;

/** An event while it is being assembled; becomes an immutable Event at the end. */
public final class Draft {
    public final int sentence;
    public final int paragraph;
    public SubEventType type;
    public TriggerCategory category;
    public ActorEntry actor1;
    public List<ActorEntry> assoc1 = new ArrayList<>();
    public ActorEntry actor2;
    public List<ActorEntry> assoc2 = new ArrayList<>();
    public Location location;
    public EventDate date;
    /** The sentence itself says when (not inherited from the narrative). */
    public boolean dateStated;
    public String source;
    public String modality;
    public Integer fatalities;
    /** Deaths told after this draft's figure as its parts ("16 killed … 9 in X, 2 in Y, another 5"). */
    public int partsTold;
    public Integer prisoners;
    public List<String> materiel = new ArrayList<>();
    public double confidence;
    public int evidenceStart;
    public int evidenceEnd;

    public Draft(int sentence, int paragraph) {
        this.sentence = sentence;
        this.paragraph = paragraph;
    }

    public Draft copy() {
        Draft d = new Draft(sentence, paragraph);
        d.type = type;
        d.category = category;
        d.actor1 = actor1;
        d.assoc1 = new ArrayList<>(assoc1);
        d.actor2 = actor2;
        d.assoc2 = new ArrayList<>(assoc2);
        d.location = location;
        d.date = date;
        d.dateStated = dateStated;
        d.source = source;
        d.modality = modality;
        d.fatalities = fatalities;
        d.partsTold = partsTold;
        d.prisoners = prisoners;
        d.materiel = new ArrayList<>(materiel);
        d.confidence = confidence;
        d.evidenceStart = evidenceStart;
        d.evidenceEnd = evidenceEnd;
        return d;
    }

    private static final java.util.regex.Pattern NOT_NAME = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Where the event is, as a key: the gazetteer id, else the normalised name, else none. */
    public String placeKey() {
        if (location == null) {
            return "";
        }
        if (location.placeId() != null && location.geoPrecision() != null && location.geoPrecision() < 3) {
            return "id:" + location.placeId();
        }
        String n = location.mention() != null ? location.mention() : location.name();
        return n == null ? "" : NOT_NAME.matcher(n.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ").strip();
    }

    public String dayKey() {
        if (date == null) {
            return "";
        }
        return date.date() != null ? date.date().toString() : String.valueOf(date.monthDay());
    }
}
