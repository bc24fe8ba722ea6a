package org.sitrep.store.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Event;

/**
 * Each event's key across re-extraction: its report, the span of its evidence sentence and its
 * kind (the ACLED event type), and which of the sentence's events of that kind it is (a sentence
 * listing three captured villages tells three). Insertion order plays no part, so reading a
 * report again gives its events the keys they had.
 */
public final class StableKeys {
    private StableKeys() {
    }

    public static List<String> of(String reportId, List<? extends Event> events) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> keys = new ArrayList<>(events.size());
        for (Event e : events) {
            String span = e.evidence() == null ? "-" : e.evidence().start() + "-" + e.evidence().end();
            String base = reportId + "#" + span + "#" + e.eventType();
            int n = seen.merge(base, 1, Integer::sum);
            keys.add(base + "#" + n);
        }
        return keys;
    }
}
