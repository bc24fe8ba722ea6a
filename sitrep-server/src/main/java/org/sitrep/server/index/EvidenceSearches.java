package org.sitrep.server.index;

import java.util.BitSet;
import java.util.Map;
import org.sitrep.store.LeastRecentlyUsed;

/**
 * For one index, the events whose evidence holds each of the words searched for lately. The web map
 * asks the same words of the page, the clusters and the days at once, and paging asks them again;
 * each search read the evidence of every candidate (a governorate's 70,000 sentences at a million
 * events, a fifth of the server's time). Reading every sentence once per words costs about as much
 * as one such search, and the index is immutable, so the answer never goes stale.
 */
final class EvidenceSearches {
    /** Searches remembered: each is a bit per event (125 KB at a million). */
    private static final int KEPT = 8;

    private final EventColumns events;
    private final Map<String, BitSet> recent = LeastRecentlyUsed.map(KEPT);

    EvidenceSearches(EventColumns events) {
        this.events = events;
    }

    /** The events whose evidence (key form) contains {@code words} (key form). */
    BitSet eventsHolding(String words) {
        synchronized (recent) {
            BitSet known = recent.get(words);
            if (known != null) {
                return known;
            }
        }
        WordSearch search = new WordSearch(words);
        BitSet found = new BitSet(events.size());
        for (int i = 0; i < events.size(); i++) {
            if (events.evidenceContains(i, search)) {
                found.set(i);
            }
        }
        synchronized (recent) {
            recent.put(words, found);
        }
        return found;
    }
}
