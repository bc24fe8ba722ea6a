package org.sitrep.extract.learn;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.extract.learn.EventModel.Head;

/**
 * The examples one head learns from: one per note and label (a note ACLED coded as several records
 * of one type is one example), the note's features computed once. A note whose records do not tell
 * a head's label (an old "Remote violence" record has no sub-type) is no example for that head.
 */
public final class TrainingSet {
    private final List<SparseVector> x = new ArrayList<>();
    private final List<String> y = new ArrayList<>();

    public void add(SparseVector features, String label) {
        x.add(features);
        y.add(label);
    }

    public int size() {
        return x.size();
    }

    public SparseVector features(int i) {
        return x.get(i);
    }

    public String label(int i) {
        return y.get(i);
    }

    /** Distinct labels, in first-seen order. */
    public List<String> labels() {
        return List.copyOf(new LinkedHashSet<>(y));
    }

    /** The labels a note's records give this head (none when they do not tell it). */
    public static Set<String> labelsOf(List<AcledRecord> note, Head head) {
        Set<String> out = new LinkedHashSet<>();
        switch (head) {
            case EVENT_TYPE -> note.forEach(r -> out.add(r.label().eventType().label()));
            case SUB_EVENT_TYPE -> note.stream().filter(r -> r.label().subEventType() != null)
                    .forEach(r -> out.add(r.label().subEventType().label()));
            case TERRITORY -> {
                boolean unknown = false;
                boolean yes = false;
                for (AcledRecord r : note) {
                    Boolean t = r.label().territory();
                    unknown |= t == null;
                    yes |= Boolean.TRUE.equals(t);
                }
                if (yes) {
                    out.add(Territory.YES);
                } else if (!unknown) {
                    out.add(Territory.NO);
                }
            }
            default -> throw new IllegalStateException(head.toString());
        }
        return out;
    }

    /** The territory head's two labels. */
    public static final class Territory {
        public static final String YES = "yes";
        public static final String NO = "no";

        private Territory() {
        }
    }
}
