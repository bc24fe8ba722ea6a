package org.sitrep.server.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

/** A set is kept when its scan was costly and its filter was asked before; cheap scans never are. */
class RecentMatchesTest {
    private static MatchedPlaces bits(int... set) {
        BitSet b = new BitSet();
        for (int i : set) {
            b.set(i);
        }
        return MatchedPlaces.ofBits(b, set.length);
    }

    @Test
    void keepsACostlyFilterTheSecondTimeItIsAsked() {
        RecentMatches recent = new RecentMatches();
        recent.keep("side", bits(1, 5), RecentMatches.COSTLY_SCAN);
        assertNull(recent.find("side"), "asked once: not kept");
        MatchedPlaces second = bits(1, 5);
        recent.keep("side", second, RecentMatches.COSTLY_SCAN);
        assertSame(second, recent.find("side"));
        assertEquals(2, recent.find("side").total());
    }

    @Test
    void neverKeepsACheapScan() {
        RecentMatches recent = new RecentMatches();
        for (int k = 0; k < 3; k++) {
            recent.keep("month", bits(2), RecentMatches.COSTLY_SCAN - 1);
        }
        assertNull(recent.find("month"));
    }

    @Test
    void costlyFiltersAskedOnceDoNotPushOutRepeatedOnes() {
        RecentMatches recent = new RecentMatches();
        MatchedPlaces side = bits(3);
        recent.keep("side", side, RecentMatches.COSTLY_SCAN);
        recent.keep("side", side, RecentMatches.COSTLY_SCAN);
        for (int box = 0; box < 200; box++) {
            recent.keep("box " + box, bits(box), 10 * RecentMatches.COSTLY_SCAN);
        }
        assertSame(side, recent.find("side"));
    }
}
