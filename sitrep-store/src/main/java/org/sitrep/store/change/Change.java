package org.sitrep.store.change;

import java.time.Instant;

/**
 * One entry of the store's change sequence.
 *
 * @param seq      its place in the sequence: greater than every change committed before it
 * @param eventId  the event (incident) it concerns
 * @param placeKey the place of a {@link ChangeKind#CONTROL} change (the {@code place_id} the API shows), else null
 */
public record Change(long seq, ChangeKind kind, long eventId, String placeKey, Instant at) {
}
