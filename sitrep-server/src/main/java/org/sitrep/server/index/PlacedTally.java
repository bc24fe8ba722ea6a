package org.sitrep.server.index;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntToLongFunction;

/**
 * The incidents whose accounts all tell the same day, coordinates and type, grouped by coordinate
 * and type and sorted by day: for a map view (a date window, a box, perhaps a type) the incidents of
 * one place and type are two binary searches, so a country-wide view over a year costs a few
 * thousand places instead of half a million accounts. Such an incident matches the view when its
 * first account does, and lies where that account does, so the tally's answer is the scan's.
 * Incidents whose accounts differ, and those people reviewed (whose review a filter tests), are
 * left to the scan: {@link #others()} holds their accounts. Incidents never placed are in neither.
 */
final class PlacedTally {
    private static final int[] NONE = new int[0];

    /** Per place (a distinct coordinate), its coordinates and its units {@code [placeUnits[p], placeUnits[p + 1])}. */
    private final double[] latitude;
    private final double[] longitude;
    private final double[] northing;
    private final int[] placeUnits;
    /** Per unit (a place and a type), the type's key and its incidents {@code [unitStart[u], unitStart[u + 1])}. */
    private final int[] unitType;
    private final int[] unitStart;
    /** The tallied incidents' days and places in the incidents' order, by unit, then day. */
    private final int[] days;
    private final int[] positions;
    /** The accounts, ascending, of the incidents left to the scan. */
    private final int[] others;

    private PlacedTally(double[] latitude, double[] longitude, double[] northing, int[] placeUnits, int[] unitType,
            int[] unitStart, int[] days, int[] positions, int[] others) {
        this.latitude = latitude;
        this.longitude = longitude;
        this.northing = northing;
        this.placeUnits = placeUnits;
        this.unitType = unitType;
        this.unitStart = unitStart;
        this.days = days;
        this.positions = positions;
        this.others = others;
    }

    /**
     * @param positionOf per account, its incident's place in the order (-1: none)
     * @param reviewed   the places in the order of the incidents people reviewed
     */
    static PlacedTally of(EventColumns events, int[] positionOf, int incidentCount, BitSet reviewed) {
        int[] first = new int[incidentCount];
        Arrays.fill(first, -1);
        BitSet differs = new BitSet(incidentCount);
        for (int i = 0; i < events.size(); i++) {
            int p = positionOf[i];
            if (p >= 0) {
                if (first[p] < 0) {
                    first[p] = i;
                } else if (!differs.get(p) && !sameTelling(events, first[p], i)) {
                    differs.set(p);
                }
            }
        }
        // places numbered in order of first sight; units numbered place * types + type
        Map<Coordinates, Integer> placeOf = new HashMap<>();
        int[] typeSlot = typeSlots(events);
        int types = Arrays.stream(typeSlot).max().orElse(-1) + 1;
        int[] unitOf = new int[incidentCount];
        int tallied = 0;
        for (int p = 0; p < incidentCount; p++) {
            int i = first[p];
            unitOf[p] = -1;
            if (i >= 0 && !differs.get(p) && !reviewed.get(p) && events.placed(i)) {
                int place = placeOf.computeIfAbsent(new Coordinates(events.latitude(i), events.longitude(i)),
                        k -> placeOf.size());
                unitOf[p] = place * types + typeSlot[events.type(i) + 1];
                tallied++;
            }
        }
        int places = placeOf.size();
        double[] latitude = new double[places];
        double[] longitude = new double[places];
        double[] northing = new double[places];
        int[] unitSize = new int[places * types];
        for (int p = 0; p < incidentCount; p++) {
            if (unitOf[p] >= 0) {
                int i = first[p];
                int place = unitOf[p] / types;
                latitude[place] = events.latitude(i);
                longitude[place] = events.longitude(i);
                northing[place] = events.northing(i);
                unitSize[unitOf[p]]++;
            }
        }
        // the non-empty units, in unit order (so by place), and each one's incidents by day
        int[] slotType = new int[types];
        for (int key = -1; key < typeSlot.length - 1; key++) {
            if (typeSlot[key + 1] >= 0) {
                slotType[typeSlot[key + 1]] = key;
            }
        }
        int[] placeUnits = new int[places + 1];
        int units = (int) Arrays.stream(unitSize).filter(s -> s > 0).count();
        int[] unitType = new int[units];
        int[] unitStart = new int[units + 1];
        int[] offset = new int[unitSize.length];
        int u = 0;
        int at = 0;
        for (int unit = 0; unit < unitSize.length; unit++) {
            if (unit % types == 0) {
                placeUnits[unit / types] = u;
            }
            if (unitSize[unit] > 0) {
                unitType[u] = slotType[unit % types];
                unitStart[u++] = at;
                offset[unit] = at;
                at += unitSize[unit];
            }
        }
        placeUnits[places] = u;
        unitStart[units] = at;
        long[] dayAndPosition = new long[tallied];
        for (int p = 0; p < incidentCount; p++) {
            if (unitOf[p] >= 0) {
                dayAndPosition[offset[unitOf[p]]++] = ((long) events.day(first[p]) << 32) | p;
            }
        }
        int[] days = new int[tallied];
        int[] positions = new int[tallied];
        for (int k = 0; k < units; k++) {
            Arrays.sort(dayAndPosition, unitStart[k], unitStart[k + 1]);
        }
        for (int k = 0; k < tallied; k++) {
            days[k] = (int) (dayAndPosition[k] >> 32);
            positions[k] = (int) dayAndPosition[k];
        }
        return new PlacedTally(latitude, longitude, northing, placeUnits, unitType, unitStart, days, positions,
                others(events, positionOf, first, unitOf, differs));
    }

    /** The accounts of the incidents the tally leaves out, unless they were never placed (off the map). */
    private static int[] others(EventColumns events, int[] positionOf, int[] first, int[] unitOf, BitSet differs) {
        int[] out = new int[16];
        int n = 0;
        for (int i = 0; i < events.size(); i++) {
            int p = positionOf[i];
            if (p >= 0 && unitOf[p] < 0 && (differs.get(p) || events.placed(first[p]))) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = i;
            }
        }
        return n == 0 ? NONE : Arrays.copyOf(out, n);
    }

    /** Per type key + 1 (so {@link KeyDictionary#NONE} is 0), a dense number for the types events have, or -1. */
    private static int[] typeSlots(EventColumns events) {
        int max = KeyDictionary.NONE;
        for (int i = 0; i < events.size(); i++) {
            max = Math.max(max, events.type(i));
        }
        int[] slot = new int[max + 2];
        Arrays.fill(slot, -1);
        int next = 0;
        for (int i = 0; i < events.size(); i++) {
            if (slot[events.type(i) + 1] < 0) {
                slot[events.type(i) + 1] = next++;
            }
        }
        return slot;
    }

    /** Whether two accounts agree on all a map view tests and shows: day, coordinates, type. */
    private static boolean sameTelling(EventColumns events, int a, int b) {
        return events.day(a) == events.day(b) && events.type(a) == events.type(b)
                && Double.compare(events.latitude(a), events.latitude(b)) == 0
                && Double.compare(events.longitude(a), events.longitude(b)) == 0;
    }

    /** The accounts, ascending, of the incidents left to the scan (they may be placed). */
    int[] others() {
        return others;
    }

    /**
     * Hands {@code sink} the tallied incidents the matcher accepts, place by place; the matcher tests
     * nothing but a date window, a box and a type ({@link EventMatcher#onlyDaysBoxAndType}).
     */
    void forEach(EventMatcher matcher, IncidentOrder order, KeyDictionary keys, PlaceSink sink) {
        int type = matcher.required(KeyColumn.TYPE);
        IntToLongFunction incidentAt = k -> order.idAt(positions[k]);
        for (int place = 0; place < latitude.length; place++) {
            if (!matcher.inBox(latitude[place], longitude[place])) {
                continue;
            }
            for (int u = placeUnits[place]; u < placeUnits[place + 1]; u++) {
                if (type != EventMatcher.ANY && unitType[u] != type) {
                    continue;
                }
                int from = unitStart[u];
                int to = unitStart[u + 1];
                if (matcher.hasDateRange()) {
                    to = firstAfter(from, to, matcher.lastDay());
                    from = firstAfter(from, to, matcher.firstDay() - 1);
                }
                if (from < to) {
                    sink.acceptPlace(keys.name(unitType[u]), latitude[place], longitude[place], northing[place],
                            to - from, incidentAt, from);
                }
            }
        }
    }

    /** The first index in {@code [from, to)} whose day is after {@code day} (days ascending there). */
    private int firstAfter(int from, int to, int day) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (days[mid] <= day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private record Coordinates(double latitude, double longitude) {
    }
}
