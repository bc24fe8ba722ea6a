package org.sitrep.store.sources;

import org.sitrep.store.event.DateWindow;

/**
 * One event's columns as reliability reads them, before the registry names its source: what the
 * transaction that merged a report already holds, so the reliability update need not read it again.
 *
 * @param sourceKey the event's {@code source_key} as stored
 * @param source    the event's {@code source} as stored (the source's name as the text gives it)
 */
public record StoredClaim(long incidentId, String sourceKey, String source, String modality, int fatalities,
        String actor1Side, String actor2Side, boolean territorial, DateWindow window, String placeKey) {
}
