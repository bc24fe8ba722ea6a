package org.sitrep.server.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.server.StampedCache;
import org.sitrep.server.geojson.ControlMap;
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
        final List<PlaceTimeline> all;
        final Map<String, PlaceTimeline> byKey = new LinkedHashMap<>();
        private final Map<LocalDate, byte[]> maps = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<LocalDate, byte[]> eldest) {
                return size() > MAPS_KEPT;
            }
        };

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
            byte[] built = Responses.toBytes(ControlMap.of(date, holdings));
            synchronized (maps) {
                maps.put(date, built);
            }
            return built;
        }
    }
}
