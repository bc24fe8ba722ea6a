package org.sitrep.server.index;

import java.util.List;
import org.sitrep.server.StoreStamp;
import org.sitrep.store.PageRequest;
import org.sitrep.store.db.Database;
import org.sitrep.store.event.EventQuery;
import org.sitrep.store.review.ReviewFilter;

/**
 * The event index kept in step with the store: every query first checks the store's {@link
 * StoreStamp}; when it moved, the index reads what was added (or, after a removal, everything)
 * before answering, so a client that has just posted a report finds its events.
 */
public final class LiveEventIndex {
    private static final ReviewFilter ANY_REVIEW = new ReviewFilter(
            java.util.EnumSet.allOf(org.sitrep.store.review.ReviewStatus.class), null, null, null);

    private final Database db;
    private volatile Entry current;

    private record Entry(StoreStamp stamp, EventIndex index) {
    }

    /** A page of incident ids, in the API's order, and how many incidents match in all. */
    public record Page(long total, List<Long> incidentIds) {
    }

    public LiveEventIndex(Database db) {
        this.db = db;
    }

    public Page find(EventQuery query, PageRequest page) {
        return find(query, ReviewFilter.DEFAULT, page);
    }

    public Page find(EventQuery query, ReviewFilter review, PageRequest page) {
        EventIndex index = index();
        EventIndex.Result r = index.find(index.matcher(query), review, page);
        return new Page(r.total(), r.incidentIds());
    }

    /**
     * The ids of every incident matching a query, in the API's order, whatever their review status
     * (an export applies its own review filter).
     */
    public List<Long> allIds(EventQuery query) {
        EventIndex index = index();
        return index.allIds(index.matcher(query), ANY_REVIEW);
    }

    /** Hands {@code each} every event matching the query, in event id order (the map's clusters and days). */
    public void forEachMatch(EventQuery query, MatchSink each) {
        forEachMatch(query, ReviewFilter.DEFAULT, each);
    }

    public void forEachMatch(EventQuery query, ReviewFilter review, MatchSink each) {
        EventIndex index = index();
        index.forEach(index.matcher(query), review, each);
    }

    /** As {@link #forEachMatch}, handing over incidents told alike at one place together (the map's clusters). */
    public void forEachPlacedMatch(EventQuery query, ReviewFilter review, PlaceSink each) {
        EventIndex index = index();
        index.forEachPlaced(index.matcher(query), review, each);
    }

    /** The sources of each incident's accounts, in event id order, as the store holds them (a page lists them). */
    public java.util.Map<Long, List<String>> sourcesOf(List<Long> incidentIds) {
        return index().sourcesOf(incidentIds);
    }

    /** How many events the index holds (for tests and the benchmark). */
    public int size() {
        return index().events.size();
    }

    private EventIndex index() {
        StoreStamp now = StoreStamp.read(db);
        Entry e = current;
        if (e != null && e.stamp().equals(now)) {
            return e.index();
        }
        synchronized (this) {
            e = current;
            if (e != null && e.stamp().equals(now)) {
                return e.index();
            }
            // a review changes incidents without adding events: read everything again
            EventIndex previous = e == null || e.stamp().lastRevision() != now.lastRevision() ? null : e.index();
            // the stamp was read first: a write after it only makes the next query read again
            EventIndex next = db.read(c -> {
                EventIndex updated = previous == null ? null : previous.withAdditions(c);
                return updated != null ? updated : EventIndex.build(c);
            });
            current = new Entry(now, next);
            return next;
        }
    }
}
