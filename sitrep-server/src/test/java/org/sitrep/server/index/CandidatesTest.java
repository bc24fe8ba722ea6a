package org.sitrep.server.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CandidatesTest {
    private static int[] sortedSample(Random r, int universe, double density) {
        return IntStream.range(0, universe).filter(x -> r.nextDouble() < density).toArray();
    }

    private static int[] ranks(Candidates c) {
        return IntStream.range(c.from(), c.to()).map(c::rank).toArray();
    }

    @Test
    void intersectsRunsOfEverySizeLikeASetIntersection() {
        Random r = new Random(7);
        for (int trial = 0; trial < 2_000; trial++) {
            int universe = 1 + r.nextInt(400);
            int[] a = sortedSample(r, universe, r.nextDouble());
            int[] b = sortedSample(r, universe, r.nextDouble() * r.nextDouble());
            int[] expected = Arrays.stream(a).filter(x -> Arrays.binarySearch(b, x) >= 0).toArray();
            Candidates ca = new Candidates(a, 0, a.length);
            Candidates cb = new Candidates(b, 0, b.length);
            assertArrayEquals(expected, ranks(ca.intersect(cb)), "trial " + trial);
            assertArrayEquals(expected, ranks(cb.intersect(ca)), "trial " + trial);
        }
    }

    @Test
    void cutsARunOrARangeToAWindowOfRanks() {
        Random r = new Random(11);
        for (int trial = 0; trial < 2_000; trial++) {
            int universe = 1 + r.nextInt(300);
            int[] a = sortedSample(r, universe, r.nextDouble());
            int first = r.nextInt(universe + 2) - 1;
            int end = r.nextInt(universe + 2) - 1;
            int[] expected = Arrays.stream(a).filter(x -> x >= first && x < end).toArray();
            assertArrayEquals(expected, ranks(new Candidates(a, 0, a.length).within(first, end)), "trial " + trial);
            int[] all = IntStream.range(0, universe).filter(x -> x >= first && x < end).toArray();
            assertArrayEquals(all, ranks(Candidates.range(0, universe).within(first, end)), "trial " + trial);
            // a range meets a run as the run cut to the range
            Candidates window = Candidates.range(Math.max(0, first), end);
            assertArrayEquals(expected, ranks(window.intersect(new Candidates(a, 0, a.length))), "trial " + trial);
        }
    }
}
