package org.sitrep.server.index;

import java.util.Arrays;
import java.util.BitSet;
import java.util.function.IntConsumer;

/**
 * The incidents a filter matched, as their places in the API's order: a bit per incident when many
 * matched, or the places themselves, ascending, when few could (a bit per incident is 110 KB at a
 * million incidents, allocated and cleared for every page of a place's or a month's events).
 * Not to be changed once made: a set may be kept and shared ({@link RecentMatches}).
 */
final class MatchedPlaces {
    private final BitSet bits;
    private final int[] ascending;
    private final int total;

    private MatchedPlaces(BitSet bits, int[] ascending, int total) {
        this.bits = bits;
        this.ascending = ascending;
        this.total = total;
    }

    /** @param total the bits set */
    static MatchedPlaces ofBits(BitSet bits, int total) {
        return new MatchedPlaces(bits, null, total);
    }

    /** The first {@code count} of {@code places}, in any order, repeats allowed; the array is reused. */
    static MatchedPlaces ofPlaces(int[] places, int count) {
        Arrays.sort(places, 0, count);
        int distinct = 0;
        for (int k = 0; k < count; k++) {
            if (distinct == 0 || places[k] != places[distinct - 1]) {
                places[distinct++] = places[k];
            }
        }
        return new MatchedPlaces(null, places, distinct);
    }

    /** Whether a set of {@code candidates} places is best made with {@link #ofPlaces} among {@code incidents}. */
    static boolean few(int candidates, int incidents) {
        return (long) candidates * Integer.SIZE < incidents; // an int per candidate takes less than a bit per incident
    }

    int total() {
        return total;
    }

    /** Hands over the places in order, skipping the first {@code skip}, at most {@code limit} of them. */
    void forEach(int skip, int limit, IntConsumer each) {
        if (ascending != null) {
            for (int k = skip; k < total && k - skip < limit; k++) {
                each.accept(ascending[k]);
            }
            return;
        }
        int seen = 0;
        int handed = 0;
        for (int p = bits.nextSetBit(0); p >= 0 && handed < limit; p = bits.nextSetBit(p + 1)) {
            if (seen++ >= skip) {
                each.accept(p);
                handed++;
            }
        }
    }
}
