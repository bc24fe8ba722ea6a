package org.sitrep.server.index;

import java.util.Arrays;

/**
 * The events that can match a query: a run {@code [from, to)} of an array of event indexes in day
 * order (by day, undated first, then index), such as a key's postings or all events. Day order lets
 * a date window cut any run by binary search, so a keyed filter over a month reads only that
 * month's events of the key.
 */
record Candidates(int[] events, int from, int to) {
    int size() {
        return to - from;
    }

    /** This run cut to the events dated {@code firstDay} to {@code lastDay}. */
    Candidates within(int firstDay, int lastDay, EventColumns columns) {
        int lo = firstOnOrAfter(firstDay, columns);
        int hi = lastDay == Integer.MAX_VALUE ? to : firstOnOrAfter(lastDay + 1, columns);
        return new Candidates(events, lo, Math.max(lo, hi));
    }

    private int firstOnOrAfter(int day, EventColumns columns) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (columns.day(events[mid]) < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The events in both runs, in day order. */
    Candidates intersect(Candidates other, EventColumns columns) {
        int[] out = new int[Math.min(size(), other.size())];
        int n = 0;
        int i = from;
        int j = other.from;
        if (i < to && j < other.to) {
            int a = events[i];
            int b = other.events[j];
            int dayA = columns.day(a); // each side's day read once per step it takes
            int dayB = columns.day(b);
            while (true) {
                int order = dayA != dayB ? Integer.compare(dayA, dayB) : Integer.compare(a, b);
                if (order == 0) {
                    out[n++] = a;
                }
                if (order <= 0) {
                    if (++i == to) {
                        break;
                    }
                    a = events[i];
                    dayA = columns.day(a);
                }
                if (order >= 0) {
                    if (++j == other.to) {
                        break;
                    }
                    b = other.events[j];
                    dayB = columns.day(b);
                }
            }
        }
        return new Candidates(n == out.length ? out : Arrays.copyOf(out, n), 0, n);
    }
}
