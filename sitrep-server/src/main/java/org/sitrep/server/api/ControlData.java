package org.sitrep.server.api;

import java.time.LocalDate;
import java.util.ArrayList;
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

    private final StampedCache<Snapshot> cache;

    public ControlData(Store store) {
        this.cache = new StampedCache<>(store.database(), () -> new Snapshot(store.control().timelines()));
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

    private static final class Snapshot {
        final List<PlaceTimeline> all;
        final Map<String, PlaceTimeline> byKey = new LinkedHashMap<>();
        private final List<PlaceFeatures> places;
        /** Maps compressed, by day (about 200 KB each at 3,000 places). */
        final Map<LocalDate, byte[]> gzipped = LeastRecentlyUsed.map(KEPT_COMPRESSED);

        Snapshot(List<PlaceTimeline> timelines) {
            all = List.copyOf(timelines);
            for (PlaceTimeline t : all) {
                byKey.put(t.place().placeKey(), t);
            }
            places = all.stream().map(PlaceFeatures::new).toList();
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
