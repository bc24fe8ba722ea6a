package org.sitrep.server.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.server.StampedCache;
import org.sitrep.server.geojson.ControlMap;
import org.sitrep.store.Store;
import org.sitrep.store.control.PlaceTimeline;
import org.sitrep.store.control.TimelineDifference;

/**
 * Every place's control timeline, derived from the store once per change of its content and shared
 * by the control map and the place pages. A control map is spliced from features written once per
 * place and period ({@link PlaceFeatures}): a map of a new day mostly repeats those of others.
 */
public final class ControlData {
    /**
     * Bytes of compressed maps kept, an eighth of the heap: 192 MB at the launcher's {@code -Xmx1536m}.
     * A map of 3,000 places is about 200 KB, so every day of a two-year war of them fits; kept 32 days,
     * maps of days asked at random (a slider moved through the war, the API benchmark) were compressed
     * again at nearly every request, 10-12 ms of CPU each.
     */
    static final long KEPT_COMPRESSED_BYTES = Runtime.getRuntime().maxMemory() / 8;
    /** Days asked for lately whose maps are compressed again after an ingest, ahead of the requests. */
    static final int REFRESHED = 8;

    private final StampedCache<Snapshot> cache;
    /** The last snapshot made: the next keeps its places' features where their timelines did not change. */
    private volatile Snapshot last;

    public ControlData(Store store) {
        this(store, KEPT_COMPRESSED_BYTES);
    }

    /** @param keptBytes the budget of the compressed maps kept */
    ControlData(Store store, long keptBytes) {
        this.cache = new StampedCache<>(store.database(), () -> {
            Snapshot next = new Snapshot(store.control().timelines(), last, keptBytes);
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
     * The same in gzip (at {@link Responses#GZIP_LEVEL}), kept within the budget of bytes: every browser
     * showing today's map asks for the same day. When the store changes, the maps of the days before
     * the first day any place's holder may differ stay kept.
     */
    byte[] gzippedMapOn(LocalDate date) {
        Snapshot s = cache.get();
        byte[] kept = s.gzipped.get(date);
        if (kept != null) {
            return kept;
        }
        // compressed outside the lock: two requests for a new day may both compress it, the same bytes
        byte[] made = GzipBytes.of(s.mapOn(date).stream(), Responses.GZIP_LEVEL, 256 * 1024);
        s.gzipped.put(date, made);
        return made;
    }

    /** Whether the compressed map of a day is made and kept for the store as it is now. */
    boolean keptCompressed(LocalDate date) {
        return cache.get().gzipped.contains(date);
    }

    /**
     * The first epoch day whose map may differ. A map lists its places in the timelines' order, which
     * a correction can change (a place's first claim replaced): then no kept map is the same bytes.
     */
    static long firstChangedDay(List<PlaceTimeline> before, List<PlaceTimeline> after) {
        return sameOrder(before, after) ? TimelineDifference.firstDay(before, after) : Long.MIN_VALUE;
    }

    /** Whether the places of both lists come in the same order (places only in one aside). */
    private static boolean sameOrder(List<PlaceTimeline> before, List<PlaceTimeline> after) {
        List<String> was = placeKeys(before);
        List<String> now = placeKeys(after);
        Set<String> inBoth = new HashSet<>(was);
        inBoth.retainAll(new HashSet<>(now)); // a set: a list's contains would scan it per key
        return was.stream().filter(inBoth::contains).toList().equals(now.stream().filter(inBoth::contains).toList());
    }

    private static List<String> placeKeys(List<PlaceTimeline> timelines) {
        return timelines.stream().map(t -> t.place().placeKey()).toList();
    }

    private static final class Snapshot {
        final List<PlaceTimeline> all;
        final Map<String, PlaceTimeline> byKey = new LinkedHashMap<>();
        private final List<PlaceFeatures> places;
        /** Maps compressed, by day (about 200 KB each at 3,000 places). */
        final CompressedMaps gzipped;

        /**
         * @param earlier the snapshot before, whose features of the timelines kept unchanged (the same
         *                objects: the store rebuilds only the places an ingest touched) are taken over,
         *                with its compressed maps of the days before the first one that changed
         */
        Snapshot(List<PlaceTimeline> timelines, Snapshot earlier, long keptBytes) {
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
            gzipped = earlier == null ? new CompressedMaps(keptBytes)
                    : earlier.gzipped.before(firstChangedDay(earlier.all, all));
        }

        /** The days whose compressed maps were asked for last, at most {@code n}, the latest first. */
        List<LocalDate> lastAsked(int n) {
            return gzipped.lastAsked(n);
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
