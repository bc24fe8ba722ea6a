package org.sitrep.extract.learn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Turns text into hashed features: lower-cased word 1..n-grams and character n-grams inside each
 * word (padded with spaces, so a prefix or suffix is its own feature). Digits become 0: the model
 * learns "killed 0 fighters", not each number. Values are log(1 + count), then scaled to unit
 * length, so a long text and a short one weigh alike. Thread-safe.
 */
public final class TextFeatures {
    private final FeatureSpec spec;
    private final int mask;

    public TextFeatures(FeatureSpec spec) {
        this.spec = spec;
        this.mask = spec.space() - 1;
    }

    public FeatureSpec spec() {
        return spec;
    }

    public SparseVector vector(String text) {
        List<String> words = words(text);
        int[] hashes = new int[estimate(words)];
        int n = 0;
        for (int i = 0; i < words.size(); i++) {
            StringBuilder gram = new StringBuilder("w");
            for (int len = 1; len <= spec.maxWordGram() && i + len <= words.size(); len++) {
                gram.append(' ').append(words.get(i + len - 1));
                hashes = grow(hashes, n);
                hashes[n++] = index(gram.toString());
            }
            String padded = " " + words.get(i) + " ";
            for (int len = spec.minCharGram(); len <= spec.maxCharGram(); len++) {
                for (int s = 0; s + len <= padded.length(); s++) {
                    hashes = grow(hashes, n);
                    hashes[n++] = index("c" + padded.substring(s, s + len));
                }
            }
        }
        return weigh(Arrays.copyOf(hashes, n));
    }

    private int index(String feature) {
        return Murmur3.hash32(feature, 0) & mask;
    }

    private static int estimate(List<String> words) {
        return Math.max(16, words.size() * 16);
    }

    private static int[] grow(int[] a, int n) {
        return n < a.length ? a : Arrays.copyOf(a, a.length * 2);
    }

    /** Counts, log-scaled and normalised to unit length. */
    private static SparseVector weigh(int[] hashes) {
        Arrays.sort(hashes);
        int[] idx = new int[hashes.length];
        float[] val = new float[hashes.length];
        int m = 0;
        for (int i = 0; i < hashes.length; ) {
            int j = i;
            while (j < hashes.length && hashes[j] == hashes[i]) {
                j++;
            }
            idx[m] = hashes[i];
            val[m++] = (float) Math.log1p(j - i);
            i = j;
        }
        double norm = 0;
        for (int i = 0; i < m; i++) {
            norm += val[i] * val[i];
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < m; i++) {
            val[i] /= (float) norm;
        }
        return new SparseVector(Arrays.copyOf(idx, m), Arrays.copyOf(val, m));
    }

    /** Lower-cased words: runs of letters and digits, digits as 0. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                w.append(Character.isDigit(c) ? '0' : c);
            } else if (w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
        }
        if (w.length() > 0) {
            out.add(w.toString());
        }
        return out;
    }
}
