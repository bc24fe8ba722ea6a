package org.sitrep.store.review;

import java.time.Instant;

/**
 * One entry of an event's history, never changed once written.
 *
 * @param author           the user, or {@code extractor} for the machine's readings
 * @param action           extracted, confirm, correct, reject, merge, merged_into, split, split_from, reextracted
 * @param before           the fields before (null for the automatic original)
 * @param after            the fields after
 * @param extractorVersion the extractor that read the automatic original
 */
public record Revision(long id, long eventId, Instant at, String author, String action, EventFields before,
        EventFields after, String reason, String extractorVersion) {
}
