package org.sitrep.store.alert;

import java.time.Instant;

/**
 * One alert: a rule's match of one event, its JSON as posted, and how sending it went.
 *
 * @param status pending (to send, or to retry at {@code nextAttempt}), delivered, or failed (gave up)
 */
public record Delivery(long id, long alertId, long eventId, long seq, String owner, String webhook, String payload,
        String status, int attempts, Instant nextAttempt, String lastError, Instant createdAt, Instant deliveredAt) {
    public static final String PENDING = "pending";
    public static final String DELIVERED = "delivered";
    public static final String FAILED = "failed";
}
