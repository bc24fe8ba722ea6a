package org.sitrep.store.sources;

import org.sitrep.store.event.DateWindow;

/**
 * One stored event as reliability reads it: which source tells (or denies) which incident, with the
 * sides, the figure and the days it gives.
 *
 * @param sourceKey the source's key in the registry's spelling ({@link SourceRegistry#canonicalKey})
 * @param taker     actor1's side key (for a change of control, the side that takes the place), or null
 * @param target    actor2's side key, or null
 */
record Account(long incidentId, String sourceKey, String sourceName, boolean denied, int fatalities, String taker,
        String target, boolean territorial, DateWindow window, String placeKey) {
}
