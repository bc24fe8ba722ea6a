package org.sitrep.server.index;

import java.util.Map;
import org.sitrep.store.LeastRecentlyUsed;

/**
 * For one index, the incidents matching the costly filters asked for lately, with their count.
 * Paging through a filter asks its whole set again for every page (the count and the page's place
 * in the order need all of it), and the map and a dashboard ask the same filters over and over; at
 * a million events a filter of wide keys without dates (a side's battles, a governorate's
 * battles) tests some 100,000 candidates. A set is kept when its scan was costly and its filter was
 * asked before among the last {@link #HISTORY} costly ones (as Lucene's usage-tracking query cache
 * does), so neither cheap filters nor costly ones asked once (a box drawn on the map) push the
 * repeated ones out. The index is immutable, so a kept set never goes stale; a new index (the store
 * changed) starts with none.
 */
final class RecentMatches {
    /** Sets kept: each at most a bit per incident (about 110 KB at a million events). */
    private static final int KEPT = 32;
    /** A scan that tested fewer candidates is made again when asked (about a millisecond's work). */
    static final int COSTLY_SCAN = 20_000;
    /** Costly filters remembered (their keys only) to tell a repeated one. */
    private static final int HISTORY = 256;

    private final Map<Object, MatchedPlaces> recent = LeastRecentlyUsed.map(KEPT);
    private final Map<Object, Boolean> asked = LeastRecentlyUsed.map(HISTORY);

    /** The set kept for {@code key}, or null. */
    MatchedPlaces find(Object key) {
        synchronized (recent) {
            return recent.get(key);
        }
    }

    /**
     * The matches of a scan that tested {@code tested} candidates, kept for {@code key} when it was
     * costly and asked before.
     */
    MatchedPlaces keep(Object key, MatchedPlaces made, int tested) {
        if (tested >= COSTLY_SCAN) {
            synchronized (recent) {
                if (asked.put(key, Boolean.TRUE) != null) {
                    recent.put(key, made);
                }
            }
        }
        return made;
    }
}
