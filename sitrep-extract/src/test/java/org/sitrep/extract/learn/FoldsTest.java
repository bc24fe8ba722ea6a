package org.sitrep.extract.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FoldsTest {
    private final List<Integer> items = IntStream.range(0, 23).boxed().toList();

    @Test
    void everyItemIsHeldOutExactlyOnceAndNeverTrainedOnInItsFold() {
        Folds<Integer> folds = new Folds<>(items, 5, 42);
        List<Integer> heldOut = new ArrayList<>();
        for (int i = 0; i < folds.count(); i++) {
            Set<Integer> test = new HashSet<>(folds.heldOut(i));
            Set<Integer> train = new HashSet<>(folds.training(i));
            assertTrue(test.stream().noneMatch(train::contains));
            assertEquals(items.size(), test.size() + train.size());
            assertTrue(test.size() == 4 || test.size() == 5);
            heldOut.addAll(test);
        }
        assertEquals(new HashSet<>(items), new HashSet<>(heldOut));
        assertEquals(items.size(), heldOut.size());
    }

    @Test
    void theSameSeedGivesTheSameFoldsAndAnotherSeedOthers() {
        assertEquals(new Folds<>(items, 5, 1).heldOut(0), new Folds<>(items, 5, 1).heldOut(0));
        assertTrue(!new Folds<>(items, 5, 1).heldOut(0).equals(new Folds<>(items, 5, 2).heldOut(0)));
    }

    @Test
    void fewerThanTwoFoldsOrTooFewItemsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Folds<>(items, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Folds<>(List.of(1, 2), 3, 1));
    }
}
