package org.sitrep.store.watch;

import java.time.Instant;

/**
 * What the last polls of a source found: when it was fetched, the HTTP status, how many new items
 * the last poll stored and how many in all, the last error (null after a success), how many polls
 * in a row failed, when it is due again, and the validators for a conditional request.
 */
public record SourceState(String url, Instant lastFetch, Instant lastSuccess, Integer httpStatus, int newItems,
        long totalItems, String lastError, int failures, Instant nextDue, String etag, String lastModified) {

    public static SourceState never(String url) {
        return new SourceState(url, null, null, null, 0, 0, null, 0, null, null, null);
    }

    public String status() {
        if (lastFetch == null) {
            return "not fetched yet";
        }
        return lastError == null ? "ok" : "failing";
    }
}
