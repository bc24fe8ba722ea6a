package org.sitrep.server.api;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.sitrep.server.geojson.ControlMap;
import org.sitrep.store.control.ControlChange;
import org.sitrep.store.control.PlaceTimeline;

/**
 * One place on the control map, day by day: who holds it changes only on the days of its changes of
 * control, so its feature is the same on every day of a period between two of them. Each period's
 * feature is written as JSON when first asked for, then shared by the maps of all its days.
 */
final class PlaceFeatures {
    private final PlaceTimeline timeline;
    /** The distinct days of the place's dated changes, as epoch days, ascending. */
    private final long[] changeDays;
    /** Per period (starting at {@code changeDays[k]}), its feature once written. */
    private final AtomicReferenceArray<byte[]> written;
    private final boolean placed;

    PlaceFeatures(PlaceTimeline timeline) {
        this.timeline = timeline;
        this.placed = timeline.place().located();
        List<ControlChange> changes = timeline.changes();
        this.changeDays = changes.stream().mapToLong(c -> c.date().toEpochDay()).distinct().sorted().toArray();
        this.written = new AtomicReferenceArray<>(changeDays.length);
    }

    PlaceTimeline timeline() {
        return timeline;
    }

    /** Whether the place has coordinates (a place without them is counted, not drawn). */
    boolean placed() {
        return placed;
    }

    /** Whether the place is on the map of an epoch day: a change of control is dated on or before it. */
    boolean heldOn(long epochDay) {
        return period(epochDay) >= 0;
    }

    /**
     * The place's feature on {@code date}, as {@link ControlMap#feature} writes it, or null when no change
     * of control is dated on or before that day (the place is not on that day's map).
     */
    byte[] featureOn(LocalDate date, long epochDay) {
        int k = period(epochDay);
        if (k < 0) {
            return null;
        }
        byte[] bytes = written.get(k);
        if (bytes == null) {
            // two threads may write the same period once each: the same bytes either way
            bytes = Responses.toBytes(ControlMap.feature(timeline.holderOn(date)));
            written.set(k, bytes);
        }
        return bytes;
    }

    /** The index of the period holding an epoch day, or -1 before the first change. */
    private int period(long day) {
        int lo = 0;
        int hi = changeDays.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (changeDays[mid] <= day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }
}
