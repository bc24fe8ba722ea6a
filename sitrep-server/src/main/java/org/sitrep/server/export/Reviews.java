package org.sitrep.server.export;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.sitrep.store.Store;
import org.sitrep.store.review.ReviewFilter;
import org.sitrep.store.review.ReviewState;

/**
 * The reviews an export needs, read once (people review a few events in a thousand): each event's
 * review for its columns, and whether it passes the export's review filter.
 */
final class Reviews {
    private final ReviewFilter filter;
    private final Map<Long, ReviewState> states = new HashMap<>();
    private final Map<Long, Instant> updated = new HashMap<>();

    Reviews(Store store, ReviewFilter filter) {
        this.filter = filter;
        store.reviews().all().forEach(s -> states.put(s.eventId(), s));
        if (filter.updatedSince() != null) {
            updated.putAll(store.reviews().updatedSince(filter.updatedSince()));
        }
    }

    ReviewState of(long eventId) {
        return states.get(eventId);
    }

    boolean accepts(long eventId) {
        return filter.accepts(states.get(eventId), filter.updatedSince() == null ? null : updated.get(eventId));
    }
}
