package org.sitrep.store.review;

import java.time.Instant;

/** An event that left the record: removed by a re-ingest, rejected, or merged into another. */
public record Deletion(long eventId, Instant at, String reason) {
}
