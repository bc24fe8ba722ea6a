package org.sitrep.extract.learn;

import java.util.HashMap;
import java.util.Map;

/**
 * Which features a model was trained on: hashed word n-grams up to {@code maxWordGram} and
 * character n-grams of {@code minCharGram}..{@code maxCharGram} inside word boundaries, in a space
 * of 2^{@code hashBits}. Written into the model's header so a model is only read with the features
 * it was trained on.
 */
public record FeatureSpec(int hashBits, int maxWordGram, int minCharGram, int maxCharGram) {
    public static final FeatureSpec DEFAULT = new FeatureSpec(18, 2, 3, 5);

    public FeatureSpec {
        if (hashBits < 8 || hashBits > 24) {
            throw new IllegalArgumentException("hash bits must be in 8..24: " + hashBits);
        }
        if (maxWordGram < 1 || minCharGram < 1 || maxCharGram < minCharGram) {
            throw new IllegalArgumentException("bad n-gram ranges");
        }
    }

    public int space() {
        return 1 << hashBits;
    }

    /** {@code bits=18 words=1-2 chars=3-5}. */
    public String describe() {
        return "bits=" + hashBits + " words=1-" + maxWordGram + " chars=" + minCharGram + "-" + maxCharGram;
    }

    public static FeatureSpec parse(String text) {
        Map<String, String> kv = new HashMap<>();
        for (String part : text.strip().split("\\s+")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("bad feature spec: " + text);
            }
            kv.put(part.substring(0, eq), part.substring(eq + 1));
        }
        try {
            String[] words = kv.get("words").split("-");
            String[] chars = kv.get("chars").split("-");
            return new FeatureSpec(Integer.parseInt(kv.get("bits")), Integer.parseInt(words[1]),
                    Integer.parseInt(chars[0]), Integer.parseInt(chars[1]));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("bad feature spec: " + text, e);
        }
    }
}
