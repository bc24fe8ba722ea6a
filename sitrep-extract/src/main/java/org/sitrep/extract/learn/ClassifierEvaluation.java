package org.sitrep.extract.learn;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sitrep.extract.learn.EventModel.Head;

/**
 * How well one head's classifier labels held-out notes: accuracy (the top label is one of the
 * note's labels) and per-label precision, recall and F1, with their macro average. Counts add up
 * over the folds of a cross-validation.
 */
public final class ClassifierEvaluation {
    private final Head head;
    private int notes;
    private int correct;
    private final Map<String, int[]> counts = new TreeMap<>();

    public ClassifierEvaluation(Head head) {
        this.head = head;
    }

    /** Scores the model's top label for each held-out note that tells this head's label. */
    public void add(EventModel model, List<List<AcledRecord>> heldOut) {
        LinearClassifier c = model.head(head).orElse(null);
        for (List<AcledRecord> note : heldOut) {
            Set<String> gold = TrainingSet.labelsOf(note, head);
            if (gold.isEmpty()) {
                continue;
            }
            String predicted = c == null ? "" : c.predict(model.features().vector(note.get(0).notes())).label();
            add(gold, predicted);
        }
    }

    /** One note: its labels and the predicted one. */
    void add(Set<String> gold, String predicted) {
        notes++;
        if (gold.contains(predicted)) {
            correct++;
        }
        // counts: [true positives, predicted, gold]
        if (!predicted.isEmpty()) {
            int[] p = counts.computeIfAbsent(predicted, k -> new int[3]);
            p[1]++;
            if (gold.contains(predicted)) {
                p[0]++;
            }
        }
        for (String g : gold) {
            counts.computeIfAbsent(g, k -> new int[3])[2]++;
        }
    }

    public Head head() {
        return head;
    }

    public int notes() {
        return notes;
    }

    public double accuracy() {
        return notes == 0 ? 0 : (double) correct / notes;
    }

    /** F1 of one label (0 when it was neither predicted nor true). */
    public double f1(String label) {
        int[] c = counts.get(label);
        if (c == null || c[1] + c[2] == 0) {
            return 0;
        }
        return 2.0 * c[0] / (c[1] + c[2]);
    }

    /** The unweighted mean of the labels' F1. */
    public double macroF1() {
        return counts.keySet().stream().mapToDouble(this::f1).average().orElse(0);
    }

    public Set<String> labels() {
        return new TreeSet<>(counts.keySet());
    }

    /** How many held-out notes had this label. */
    public int support(String label) {
        int[] c = counts.get(label);
        return c == null ? 0 : c[2];
    }
}
