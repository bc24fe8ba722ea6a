package org.sitrep.extract.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextFeaturesTest {
    private final TextFeatures features = new TextFeatures(FeatureSpec.DEFAULT);

    @Test
    void wordsAreLowerCasedWithDigitsAsZero() {
        assertEquals(List.of("rebels", "shelled", "al", "qaryatayn", "00", "times"),
                TextFeatures.words("Rebels shelled Al-Qaryatayn 12 times."));
    }

    @Test
    void theSameTextGivesTheSameVectorAndCaseDoesNotMatter() {
        SparseVector a = features.vector("Militants seized the hill after heavy fighting.");
        SparseVector b = features.vector("MILITANTS SEIZED THE HILL AFTER HEAVY FIGHTING");
        assertArrayEquals(a.indices(), b.indices());
        assertArrayEquals(a.values(), b.values());
    }

    @Test
    void indicesIncreaseInsideTheSpaceAndTheVectorHasUnitLength() {
        SparseVector v = features.vector("A drone struck a convoy near the river crossing; a drone struck again.");
        double norm = 0;
        for (int i = 0; i < v.size(); i++) {
            assertTrue(v.indices()[i] >= 0 && v.indices()[i] < FeatureSpec.DEFAULT.space());
            if (i > 0) {
                assertTrue(v.indices()[i] > v.indices()[i - 1]);
            }
            norm += v.values()[i] * v.values()[i];
        }
        assertEquals(1.0, norm, 1e-5);
    }

    @Test
    void countsWordAndCharacterGramsAndRepeatsWeighMore() {
        // "go": 1 unigram, 0 bigrams, char grams of " go " of length 3 (2) and 4 (1): 4 features
        SparseVector one = features.vector("go");
        assertEquals(4, one.size());
        // a repeated word adds a bigram "go go" and counts its grams twice: more weight, log-scaled
        SparseVector two = features.vector("go go");
        assertEquals(5, two.size());
    }

    @Test
    void emptyTextHasNoFeatures() {
        assertEquals(0, features.vector(" ,. ").size());
    }

    @Test
    void theSpecRoundTripsThroughItsDescription() {
        FeatureSpec spec = new FeatureSpec(16, 3, 2, 4);
        assertEquals(spec, FeatureSpec.parse(spec.describe()));
    }
}
