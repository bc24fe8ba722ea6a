package org.sitrep.server.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Both forms of a set of matched places give the same count and the same pages, in order. */
class MatchedPlacesTest {
    private static List<Integer> page(MatchedPlaces m, int skip, int limit) {
        List<Integer> out = new ArrayList<>();
        m.forEach(skip, limit, out::add);
        return out;
    }

    @Test
    void placesFoundOutOfOrderAndMoreThanOnceArePagedAsTheBitsAre() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            int n = random.nextInt(60);
            int[] found = new int[n];
            TreeSet<Integer> distinct = new TreeSet<>();
            BitSet bits = new BitSet();
            for (int k = 0; k < n; k++) {
                found[k] = random.nextInt(40); // repeats: an incident matched by several of its accounts
                distinct.add(found[k]);
                bits.set(found[k]);
            }
            MatchedPlaces few = MatchedPlaces.ofPlaces(found, n);
            MatchedPlaces many = MatchedPlaces.ofBits(bits, bits.cardinality());

            assertEquals(distinct.size(), few.total());
            assertEquals(many.total(), few.total());
            assertEquals(List.copyOf(distinct), page(few, 0, Integer.MAX_VALUE));
            int skip = random.nextInt(20);
            int limit = 1 + random.nextInt(10);
            assertEquals(page(many, skip, limit), page(few, skip, limit), "skip " + skip + ", limit " + limit);
        }
    }

    @Test
    void onlyTheFirstCountOfTheArrayIsTaken() {
        MatchedPlaces m = MatchedPlaces.ofPlaces(new int[] {9, 2, 2, 7, 1, 0}, 4);
        assertEquals(List.of(2, 7, 9), page(m, 0, 10));
        assertEquals(List.of(7), page(m, 1, 1));
        assertEquals(List.of(), page(m, 3, 10));
    }

    @Test
    void anArrayIsChosenWhenItTakesLessRoomThanABitPerIncident() {
        assertTrue(MatchedPlaces.few(1_000, 1_000_000));
        assertFalse(MatchedPlaces.few(100_000, 1_000_000));
        assertFalse(MatchedPlaces.few(1, 16), "a set of a small store costs nothing either way: bits");
    }
}
