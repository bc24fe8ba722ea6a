package org.sitrep.store.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The first day on which two states of the control timelines differ: a holder on an earlier day is
 * decided only by changes up to that day ({@link PlaceTimeline#holderOn}), so everything computed for
 * earlier days still holds (the areas of control and the compressed control maps of those days).
 */
public final class TimelineDifference {
    private TimelineDifference() {
    }

    /** The first epoch day whose holders may differ; {@link Long#MAX_VALUE} when none does. */
    public static long firstDay(List<PlaceTimeline> before, List<PlaceTimeline> after) {
        Map<String, PlaceTimeline> earlier = new HashMap<>();
        for (PlaceTimeline t : before) {
            earlier.put(t.place().placeKey(), t);
        }
        long first = Long.MAX_VALUE;
        for (PlaceTimeline t : after) {
            PlaceTimeline was = earlier.remove(t.place().placeKey());
            if (was != t) { // the store keeps an untouched place's timeline, the same object
                first = Math.min(first, was == null ? firstDay(t.changes()) : firstDifference(was, t));
            }
        }
        for (PlaceTimeline gone : earlier.values()) {
            first = Math.min(first, firstDay(gone.changes()));
        }
        return first;
    }

    private static long firstDifference(PlaceTimeline a, PlaceTimeline b) {
        if (!a.place().equals(b.place())) {
            return Math.min(firstDay(a.changes()), firstDay(b.changes()));
        }
        List<ControlChange> x = a.changes();
        List<ControlChange> y = b.changes();
        int n = Math.min(x.size(), y.size());
        for (int i = 0; i < n; i++) {
            if (!x.get(i).equals(y.get(i))) {
                return Math.min(x.get(i).date().toEpochDay(), y.get(i).date().toEpochDay());
            }
        }
        if (x.size() != y.size()) {
            return (x.size() > n ? x : y).get(n).date().toEpochDay();
        }
        // the same changes: a period of disagreement may still have been drawn differently
        return a.contested().equals(b.contested()) ? Long.MAX_VALUE : firstDay(a.changes());
    }

    private static long firstDay(List<ControlChange> changes) {
        return changes.isEmpty() ? Long.MAX_VALUE : changes.get(0).date().toEpochDay();
    }
}
