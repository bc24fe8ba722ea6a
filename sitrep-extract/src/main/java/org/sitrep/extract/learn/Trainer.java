package org.sitrep.extract.learn;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.sitrep.extract.learn.EventModel.Head;

/**
 * Trains the learned layer's model from ACLED-coded notes: for each head, L2-regularised logistic
 * regression (liblinear's primal solver, one-vs-rest), then the weights quantised into a
 * {@link LinearClassifier}. Deterministic: the same records give the same model.
 */
public final class Trainer {
    /** Weights smaller than this share of the largest are dropped: they change no decision, and keep the file small. */
    private static final double PRUNE = 1e-3;

    private final FeatureSpec spec;
    private final double c;
    private final Consumer<String> progress;

    /**
     * @param c        liblinear's cost: higher fits the training notes more closely
     * @param progress receives one line per head trained
     */
    public Trainer(FeatureSpec spec, double c, Consumer<String> progress) {
        this.spec = spec;
        this.c = c;
        this.progress = progress == null ? s -> { } : progress;
    }

    public static Trainer standard(PrintWriter progress) {
        return new Trainer(FeatureSpec.DEFAULT, 4.0, progress == null ? null : line -> {
            progress.println(line);
            progress.flush();
        });
    }

    /**
     * @param notes     the records grouped by note ({@link AcledRecords#byNote})
     * @param trainedOn a description of the data for the model's header (names and counts, never text)
     */
    public EventModel train(List<List<AcledRecord>> notes, String trainedOn) {
        TextFeatures features = new TextFeatures(spec);
        long t0 = System.nanoTime();
        List<SparseVector> vectors = new ArrayList<>(notes.size());
        for (List<AcledRecord> note : notes) {
            vectors.add(features.vector(note.get(0).notes()));
        }
        progress.accept(String.format("train: %,d notes read into features in %.1f s", notes.size(), seconds(t0)));
        Map<Head, LinearClassifier> heads = new EnumMap<>(Head.class);
        for (Head head : Head.values()) {
            TrainingSet set = new TrainingSet();
            for (int i = 0; i < notes.size(); i++) {
                for (String label : TrainingSet.labelsOf(notes.get(i), head)) {
                    set.add(vectors.get(i), label);
                }
            }
            long t = System.nanoTime();
            if (set.labels().size() < 2) {
                progress.accept("train: " + head.key() + ": skipped (the records give " + set.labels().size()
                        + " label" + (set.labels().size() == 1 ? "" : "s") + ", a classifier needs two)");
                continue;
            }
            heads.put(head, train(set));
            progress.accept(String.format("train: %s: %,d examples, %d labels, %.1f s", head.key(), set.size(),
                    set.labels().size(), seconds(t)));
        }
        return new EventModel(spec, heads, trainedOn);
    }

    /** One classifier from its examples. */
    public LinearClassifier train(TrainingSet set) {
        List<String> labels = set.labels();
        Map<String, Integer> code = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            code.put(labels.get(i), i);
        }
        Problem p = new Problem();
        p.l = set.size();
        p.n = spec.space() + 1;
        p.bias = 1;
        p.x = new Feature[p.l][];
        p.y = new double[p.l];
        for (int i = 0; i < p.l; i++) {
            SparseVector v = set.features(i);
            Feature[] row = new Feature[v.size() + 1];
            for (int j = 0; j < v.size(); j++) {
                row[j] = new FeatureNode(v.indices()[j] + 1, v.values()[j]);
            }
            row[v.size()] = new FeatureNode(p.n, 1);
            p.x[i] = row;
            p.y[i] = code.get(set.label(i));
        }
        Linear.disableDebugOutput();
        Linear.resetRandom();
        Model m = Linear.train(p, new Parameter(SolverType.L2R_LR, c, 0.01));
        return toClassifier(m, labels);
    }

    /** liblinear's weights, in label order, for the features that carry weight. */
    private LinearClassifier toClassifier(Model m, List<String> labels) {
        int k = labels.size();
        int[] column = new int[k];
        int[] modelLabels = m.getLabels();
        for (int c = 0; c < modelLabels.length; c++) {
            column[modelLabels[c]] = c;
        }
        int space = spec.space();
        double max = 0;
        for (int f = 1; f <= space; f++) {
            for (int c = 0; c < k; c++) {
                max = Math.max(max, Math.abs(m.getDecfunCoef(f, column[c])));
            }
        }
        List<Integer> kept = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (int f = 1; f <= space; f++) {
            double[] row = new double[k];
            double rowMax = 0;
            for (int c = 0; c < k; c++) {
                row[c] = m.getDecfunCoef(f, column[c]);
                rowMax = Math.max(rowMax, Math.abs(row[c]));
            }
            if (rowMax > PRUNE * max) {
                kept.add(f - 1);
                rows.add(row);
            }
        }
        double[] bias = new double[k];
        for (int c = 0; c < k; c++) {
            bias[c] = m.getDecfunBias(column[c]);
        }
        return LinearClassifier.quantise(labels, space, kept.stream().mapToInt(Integer::intValue).toArray(),
                rows.toArray(new double[0][]), bias);
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
