package org.sitrep.server.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LongSetTest {
    @Test
    void answersAddLikeAHashSetThroughGrowth() {
        LongSet set = new LongSet();
        Set<Long> reference = new HashSet<>();
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            long v = switch (random.nextInt(4)) {
                case 0 -> Long.MIN_VALUE; // the value the table marks empty slots with
                case 1 -> random.nextInt(500);
                default -> random.nextLong();
            };
            assertEquals(reference.add(v), set.add(v), "add " + v);
        }
    }
}
