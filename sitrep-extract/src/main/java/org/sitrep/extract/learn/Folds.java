package org.sitrep.extract.learn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * K-fold splitting by note: the notes are shuffled with a fixed seed and dealt into k folds, so a
 * note (and every record ACLED coded from it) is held out whole, never both trained on and tested.
 */
public final class Folds<T> {
    private final List<List<T>> folds;

    public Folds(List<T> items, int k, long seed) {
        if (k < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, not " + k);
        }
        if (items.size() < k) {
            throw new IllegalArgumentException(k + " folds need at least " + k + " notes, there are " + items.size());
        }
        List<T> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, new Random(seed));
        folds = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            folds.add(new ArrayList<>());
        }
        for (int i = 0; i < shuffled.size(); i++) {
            folds.get(i % k).add(shuffled.get(i));
        }
    }

    public int count() {
        return folds.size();
    }

    /** The notes held out in fold i. */
    public List<T> heldOut(int i) {
        return List.copyOf(folds.get(i));
    }

    /** The notes trained on in fold i: every other fold's. */
    public List<T> training(int i) {
        List<T> out = new ArrayList<>();
        for (int j = 0; j < folds.size(); j++) {
            if (j != i) {
                out.addAll(folds.get(j));
            }
        }
        return out;
    }
}
