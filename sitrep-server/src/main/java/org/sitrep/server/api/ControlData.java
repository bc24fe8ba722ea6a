package org.sitrep.server.api;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.sitrep.server.StampedCache;
import org.sitrep.server.geojson.ControlMap;
import org.sitrep.server.geojson.Feature;
import org.sitrep.server.geojson.HoldingProperties;
import org.sitrep.store.Store;
import org.sitrep.store.control.Holding;
import org.sitrep.store.control.PlaceTimeline;

/**
 * Every place's control timeline, derived from the store once per change of its content and shared
 * by the control map and the place pages; the control map of each date asked for is kept, as bytes,
 * until the store changes (a map slider asks for the same dates again and again).
 */
public final class ControlData {
    /** Maps kept per store content; each is one JSON document of all places held on a date. */
    private static final int MAPS_KEPT = 128;

    private final StampedCache<Snapshot> cache;

    public ControlData(Store store) {
        this.cache = new StampedCache<>(store.database(), () -> new Snapshot(store.control().timelines()));
    }

    Optional<PlaceTimeline> timeline(String placeKey) {
        return Optional.ofNullable(cache.get().byKey.get(placeKey));
    }

    List<PlaceTimeline> timelines() {
        return cache.get().all;
    }

    /** The control map on {@code date} as GeoJSON bytes. */
    byte[] mapOn(LocalDate date) {
        return cache.get().mapOn(date);
    }

    private static final class Snapshot {
        /**
         * Each holding's feature as JSON, written once: a place's feature is the same on every day of
         * one period of its timeline, and a map of another day mostly repeats them.
         */
        private final Map<HoldingProperties, byte[]> features = new ConcurrentHashMap<>();

        final List<PlaceTimeline> all;
        final Map<String, PlaceTimeline> byKey = new LinkedHashMap<>();
        private final Map<LocalDate, byte[]> maps = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<LocalDate, byte[]> eldest) {
                return size() > MAPS_KEPT;
            }
        };

        /** The map as {@link ControlMap} writes it, its features spliced in from {@link #features}. */
        private byte[] assemble(LocalDate date, List<Holding> holdings) {
            List<byte[]> parts = new ArrayList<>(holdings.size());
            int unplaced = 0;
            for (Holding h : holdings) {
                Feature f = ControlMap.feature(h);
                if (f == null) {
                    unplaced++;
                } else {
                    parts.add(features.computeIfAbsent((HoldingProperties) f.properties(), p -> Responses.toBytes(f)));
                }
            }
            byte[] empty = Responses.toBytes(new ControlMap("FeatureCollection", date, unplaced, List.of()));
            int close = empty.length - 2; // the empty list's "]" before the closing "}"
            ByteArrayOutputStream out = new ByteArrayOutputStream(empty.length + parts.size() * 400);
            out.write(empty, 0, close);
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.writeBytes(parts.get(i));
            }
            out.write(empty, close, 2);
            return out.toByteArray();
        }

        Snapshot(List<PlaceTimeline> timelines) {
            all = List.copyOf(timelines);
            for (PlaceTimeline t : all) {
                byKey.put(t.place().placeKey(), t);
            }
        }

        byte[] mapOn(LocalDate date) {
            synchronized (maps) {
                byte[] kept = maps.get(date);
                if (kept != null) {
                    return kept;
                }
            }
            // built outside the lock: two threads may build the same date once each, never wait on each other
            List<Holding> holdings = all.stream().map(t -> t.holderOn(date)).filter(h -> h.basis() != null).toList();
            byte[] built = assemble(date, holdings);
            synchronized (maps) {
                maps.put(date, built);
            }
            return built;
        }
    }
}
