package org.sitrep.server.areas;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.sitrep.server.Memo;
import org.sitrep.server.api.KeptAnswer;
import org.sitrep.server.api.ControlData;
import org.sitrep.store.control.Holding;
import org.sitrep.store.control.PlaceTimeline;
import org.sitrep.store.control.TimelineDifference;
import org.sitrep.store.event.BoundingBox;

/**
 * Areas of control by day, computed once per state of control and kept until the store changes. The
 * areas change only on days some place changes hands, so every day between two changes shares one
 * computation; each region (box) asked for keeps its GeoJSON.
 */
public final class AreasData {
    /** Beyond this many states or answers kept, the oldest are dropped all at once (rarely reached). */
    private static final int MAX_KEPT = 2_000;

    private final ControlData control;
    private final AreaBuilder builder;
    private final GeometryFactory factory;
    private volatile Snapshot snapshot;
    /** The last few answers asked for (date and box), computed again ahead of the next request after an ingest. */
    private final java.util.Deque<Asked> recent = new java.util.concurrent.ConcurrentLinkedDeque<>();
    private static final int RECENT = 8;

    private record Asked(LocalDate date, BoundingBox bbox) {
    }

    /** A GeoJSON answer kept: the state of control it shows and its box (empty for the whole map). */
    private record Answer(long state, String box) {
    }

    public AreasData(ControlData control, AreaBuilder builder, GeometryFactory factory) {
        this.control = control;
        this.builder = builder;
        this.factory = factory;
    }

    /** The GeoJSON of the areas on {@code date}, within {@code bbox} when one is given. */
    public KeptAnswer geoJson(LocalDate date, BoundingBox bbox) {
        Asked asked = new Asked(date, bbox);
        if (!recent.contains(asked)) {
            recent.addFirst(asked);
            while (recent.size() > RECENT) {
                recent.pollLast();
            }
        }
        Snapshot s = current();
        long state = s.stateOf(date);
        Answer key = new Answer(state, bbox == null ? "" : String.format(Locale.ROOT, "%.4f,%.4f,%.4f,%.4f",
                bbox.west(), bbox.south(), bbox.east(), bbox.north()));
        KeptAnswer answer = s.answers.get(key);
        if (answer == null) {
            ControlAreas areas = s.areas(state, date).get();
            Geometry clip = bbox == null ? null
                    : factory.toGeometry(new Envelope(bbox.west(), bbox.east(), bbox.south(), bbox.north()));
            answer = new KeptAnswer(AreasGeoJson.write(areas, state == Long.MIN_VALUE ? null
                    : LocalDate.ofEpochDay(state), builder.radiusKm(), clip));
            keep(s.answers, key, answer);
        }
        return answer;
    }

    /**
     * Brings the answers asked for lately up to date with the store (after an ingest, ahead of the
     * requests): only the states of control from the first day the ingest changed are computed again.
     */
    public void refresh() {
        for (Asked a : List.copyOf(recent)) {
            geoJson(a.date(), a.bbox()).gzipped(); // as browsers will ask for it
        }
    }

    /**
     * The snapshot of the current timelines. When the store changed, a new one keeps the areas of the
     * states before the first day on which any place's changes of control differ: those days' holders
     * are the same, so an ingest of today's reports recomputes today, not the war.
     */
    private Snapshot current() {
        List<PlaceTimeline> timelines = control.timelines();
        Snapshot s = snapshot;
        if (s == null || s.timelines != timelines) {
            synchronized (this) {
                s = snapshot;
                if (s == null || s.timelines != timelines) {
                    Snapshot next = new Snapshot(timelines);
                    if (s != null) {
                        next.keepFrom(s, TimelineDifference.firstDay(s.timelines, timelines));
                    }
                    s = next;
                    snapshot = s;
                }
            }
        }
        return s;
    }

    private static <K, V> void keep(ConcurrentMap<K, V> map, K key, V value) {
        if (map.size() >= MAX_KEPT) {
            map.clear();
        }
        map.put(key, value);
    }

    private final class Snapshot {
        final List<PlaceTimeline> timelines;
        /** Every day on which some place changed hands, as epoch days, ascending. */
        final long[] changeDays;
        final ConcurrentMap<Long, Supplier<ControlAreas>> states = new ConcurrentHashMap<>();
        final ConcurrentMap<Answer, KeptAnswer> answers = new ConcurrentHashMap<>();

        Snapshot(List<PlaceTimeline> timelines) {
            this.timelines = timelines;
            this.changeDays = timelines.stream().flatMap(t -> t.changes().stream())
                    .mapToLong(c -> c.date().toEpochDay()).distinct().sorted().toArray();
        }

        /** Takes over the earlier snapshot's areas and answers of the states before {@code firstChanged}. */
        void keepFrom(Snapshot earlier, long firstChanged) {
            earlier.states.forEach((state, areas) -> {
                if (state < firstChanged) {
                    states.put(state, areas);
                }
            });
            earlier.answers.forEach((key, answer) -> {
                if (key.state() < firstChanged) {
                    answers.put(key, answer);
                }
            });
        }

        /** The latest day of a change on or before {@code date} (Long.MIN_VALUE before any). */
        long stateOf(LocalDate date) {
            int i = Arrays.binarySearch(changeDays, date.toEpochDay());
            int at = i >= 0 ? i : -i - 2;
            return at < 0 ? Long.MIN_VALUE : changeDays[at];
        }

        /** The areas of one state, computed by the first thread that asks; others wait for it. */
        Supplier<ControlAreas> areas(long state, LocalDate date) {
            Supplier<ControlAreas> s = states.get(state);
            if (s == null) {
                Supplier<ControlAreas> mine = Memo.of(() -> builder.build(sites(date)));
                s = states.putIfAbsent(state, mine);
                if (s == null) {
                    if (states.size() > MAX_KEPT) {
                        states.clear();
                        states.put(state, mine);
                    }
                    s = mine;
                }
            }
            return s;
        }

        private List<HeldSite> sites(LocalDate date) {
            List<HeldSite> sites = new ArrayList<>();
            for (PlaceTimeline t : timelines) {
                if (!t.place().located()) {
                    continue;
                }
                Holding h = t.holderOn(date);
                if (h.basis() == null) {
                    continue; // no change of control yet: nobody known to hold it
                }
                sites.add(new HeldSite(t.place().longitude(), t.place().latitude(), h.side()));
            }
            return sites;
        }
    }
}
