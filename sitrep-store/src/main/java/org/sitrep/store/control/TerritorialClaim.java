package org.sitrep.store.control;

import org.sitrep.store.event.DateWindow;
import org.sitrep.store.merge.Claim;

/**
 * One stored change-of-control event: its claim, the incident it joined, its window and the
 * taking side's key (null when unidentified).
 */
record TerritorialClaim(long incidentId, Claim claim, DateWindow window, String sideKey, PlaceRef place) {
}
