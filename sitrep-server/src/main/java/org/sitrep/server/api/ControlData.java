package org.sitrep.server.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.server.LeastRecentlyUsed;
import org.sitrep.server.StampedCache;
import org.sitrep.server.geojson.ControlMap;
import org.sitrep.store.Store;
import org.sitrep.store.control.PlaceTimeline;

/**
 * Every place's control timeline, derived from the store once per change of its content and shared
 * by the control map and the place pages. A control map is spliced from features written once per
 * place and period ({@link PlaceFeatures}): a map of a new day mostly repeats those of others.
 */
public final class ControlData {
    /** Days whose compressed map is kept. */
    static final int KEPT_COMPRESSED = 32;
    /** Days asked for lately whose maps are compressed again after an ingest, ahead of the requests. */
    static final int REFRESHED = 8;

    private final StampedCache<Snapshot> cache;
    /** The last snapshot made: the next keeps its places' features where their timelines did not change. */
    private volatile Snapshot last;

    public ControlData(Store store) {
        this.cache = new StampedCache<>(store.database(), () -> {
            Snapshot next = new Snapshot(store.control().timelines(), last);
            last = next;
            return next;
        });
    }

    /**
     * Brings the timelines and the compressed maps of the days asked for lately up to date with the
     * store (after an ingest, on the precomputing thread): the first browser to ask for today's map
     * after a report came in finds it made.
     */
    public void refresh() {
        Snapshot before = last;
        List<LocalDate> days = before == null ? List.of() : before.lastAsked(REFRESHED);
        cache.get();
        for (LocalDate day : days) {
            gzippedMapOn(day);
        }
    }

    Optional<PlaceTimeline> timeline(String placeKey) {
        return Optional.ofNullable(cache.get().byKey.get(placeKey));
    }

    public List<PlaceTimeline> timelines() {
        return cache.get().all;
    }

    /** The control map on {@code date} as GeoJSON, in parts (a map of 2,500 places is a megabyte). */
    JsonParts mapOn(LocalDate date) {
        return cache.get().mapOn(date);
    }

    /**
     * The same in gzip (at {@link Responses#GZIP_LEVEL}), kept for the last {@link #KEPT_COMPRESSED} days asked for until
     * the store changes: every browser showing today's map asks for the same day.
     */
    byte[] gzippedMapOn(LocalDate date) {
        Snapshot s = cache.get();
        synchronized (s.gzipped) {
            byte[] kept = s.gzipped.get(date);
            if (kept != null) {
                return kept;
            }
        }
        // compressed outside the lock: two requests for a new day may both compress it, the same bytes
        byte[] made = GzipBytes.of(s.mapOn(date).stream(), Responses.GZIP_LEVEL, 256 * 1024);
        synchronized (s.gzipped) {
            s.gzipped.put(date, made);
        }
        return made;
    }

    /** Whether the compressed map of a day is made and kept for the store as it is now. */
    boolean keptCompressed(LocalDate date) {
        Snapshot s = cache.get();
        synchronized (s.gzipped) {
            return s.gzipped.containsKey(date);
        }
    }

    private static final class Snapshot {
        final List<PlaceTimeline> all;
        final Map<String, PlaceTimeline> byKey = new LinkedHashMap<>();
        private final List<PlaceFeatures> places;
        /** Maps compressed, by day (about 200 KB each at 3,000 places). */
        final Map<LocalDate, byte[]> gzipped = LeastRecentlyUsed.map(KEPT_COMPRESSED);

        /**
         * @param earlier the snapshot before, whose features of the timelines kept unchanged (the same
         *                objects: the store rebuilds only the places an ingest touched) are taken over
         */
        Snapshot(List<PlaceTimeline> timelines, Snapshot earlier) {
            all = List.copyOf(timelines);
            for (PlaceTimeline t : all) {
                byKey.put(t.place().placeKey(), t);
            }
            Map<PlaceTimeline, PlaceFeatures> had = new IdentityHashMap<>();
            if (earlier != null) {
                earlier.places.forEach(p -> had.put(p.timeline(), p));
            }
            places = all.stream().map(t -> {
                PlaceFeatures p = had.get(t);
                return p != null ? p : new PlaceFeatures(t);
            }).toList();
        }

        /** The days whose compressed maps were asked for last, at most {@code n}, the latest first. */
        List<LocalDate> lastAsked(int n) {
            List<LocalDate> days;
            synchronized (gzipped) {
                days = new ArrayList<>(gzipped.keySet()); // least recently used first
            }
            Collections.reverse(days);
            return List.copyOf(days.subList(0, Math.min(n, days.size())));
        }

        /** The map as {@link ControlMap} writes it, its features spliced in from each place's periods. */
        JsonParts mapOn(LocalDate date) {
            List<byte[]> features = new ArrayList<>(places.size());
            int unplaced = 0;
            long day = date.toEpochDay(); // once, not per place
            for (PlaceFeatures p : places) {
                if (!p.placed()) {
                    unplaced += p.heldOn(day) ? 1 : 0;
                    continue;
                }
                byte[] feature = p.featureOn(date, day);
                if (feature != null) {
                    features.add(feature);
                }
            }
            byte[] empty = Responses.toBytes(new ControlMap("FeatureCollection", date, unplaced, List.of()));
            return JsonParts.spliced(empty, empty.length - 2, features); // before the empty list's "]}"
        }
    }
}
