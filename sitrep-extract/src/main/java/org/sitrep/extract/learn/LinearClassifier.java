package org.sitrep.extract.learn;

import java.util.Arrays;
import java.util.List;

/**
 * One multi-class linear model over hashed features: one-vs-rest logistic regression, the weights
 * of the features it uses quantised to 16 bits. Probabilities are each class's sigmoid, normalised
 * to sum to one (as liblinear does). Immutable and thread-safe.
 */
public final class LinearClassifier {
    private final List<String> labels;
    private final int space;
    private final int[] features;
    private final short[] weights;
    private final float scale;
    private final float[] bias;
    private final int[] rowOf;

    /**
     * @param labels   class labels, in column order
     * @param space    size of the hashed feature space
     * @param features the feature indices with weights, increasing
     * @param weights  row-major: {@code weights[row * labels + column]}, times {@code scale}
     * @param bias     each class's bias
     */
    public LinearClassifier(List<String> labels, int space, int[] features, short[] weights, float scale, float[] bias) {
        if (labels.size() < 2) {
            throw new IllegalArgumentException("a classifier needs at least two labels");
        }
        if (weights.length != features.length * labels.size() || bias.length != labels.size()) {
            throw new IllegalArgumentException("weights do not match features × labels");
        }
        this.labels = List.copyOf(labels);
        this.space = space;
        this.features = features.clone();
        this.weights = weights.clone();
        this.scale = scale;
        this.bias = bias.clone();
        this.rowOf = new int[space];
        Arrays.fill(rowOf, -1);
        for (int r = 0; r < features.length; r++) {
            if (features[r] < 0 || features[r] >= space || (r > 0 && features[r] <= features[r - 1])) {
                throw new IllegalArgumentException("feature indices must increase within the space");
            }
            rowOf[features[r]] = r;
        }
    }

    /** Quantises real weights ({@code w[row][column]}) to 16 bits with one scale. */
    public static LinearClassifier quantise(List<String> labels, int space, int[] features, double[][] w, double[] bias) {
        double max = 1e-12;
        for (double[] row : w) {
            for (double x : row) {
                max = Math.max(max, Math.abs(x));
            }
        }
        float scale = (float) (max / Short.MAX_VALUE);
        int k = labels.size();
        short[] q = new short[features.length * k];
        for (int r = 0; r < features.length; r++) {
            for (int c = 0; c < k; c++) {
                q[r * k + c] = (short) Math.round(w[r][c] / scale);
            }
        }
        float[] b = new float[k];
        for (int c = 0; c < k; c++) {
            b[c] = (float) bias[c];
        }
        return new LinearClassifier(labels, space, features, q, scale, b);
    }

    public List<String> labels() {
        return labels;
    }

    public int space() {
        return space;
    }

    int[] features() {
        return features.clone();
    }

    short[] weights() {
        return weights.clone();
    }

    float scale() {
        return scale;
    }

    float[] bias() {
        return bias.clone();
    }

    /** Each label's probability, in label order. */
    public double[] probabilities(SparseVector x) {
        int k = labels.size();
        double[] score = new double[k];
        int[] idx = x.indices();
        float[] val = x.values();
        for (int i = 0; i < idx.length; i++) {
            int r = idx[i] < space ? rowOf[idx[i]] : -1;
            if (r >= 0) {
                int base = r * k;
                for (int c = 0; c < k; c++) {
                    score[c] += weights[base + c] * val[i];
                }
            }
        }
        double sum = 0;
        for (int c = 0; c < k; c++) {
            score[c] = 1 / (1 + Math.exp(-(score[c] * scale + bias[c])));
            sum += score[c];
        }
        for (int c = 0; c < k; c++) {
            score[c] /= sum;
        }
        return score;
    }

    /** The most probable label with its probability. */
    public Prediction predict(SparseVector x) {
        double[] p = probabilities(x);
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return new Prediction(labels.get(best), p[best]);
    }

    /** A label and its probability. */
    public record Prediction(String label, double probability) {
    }
}
