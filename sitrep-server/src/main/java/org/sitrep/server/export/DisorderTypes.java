package org.sitrep.server.export;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** ACLED's disorder type of an event, by sub-event type first, then event type ({@code acled-disorder.tsv}). */
final class DisorderTypes {
    static final String RESOURCE = "acled-disorder.tsv";

    private final Map<String, String> byLabel = new HashMap<>();

    DisorderTypes() {
        for (String[] row : TsvResource.rows(RESOURCE, 2)) {
            byLabel.put(row[0].toLowerCase(Locale.ROOT), row[1]);
        }
    }

    String of(String eventType, String subEventType) {
        String bySub = subEventType == null ? null : byLabel.get(subEventType.toLowerCase(Locale.ROOT));
        if (bySub != null) {
            return bySub;
        }
        return eventType == null ? "" : byLabel.getOrDefault(eventType.toLowerCase(Locale.ROOT), "");
    }
}
