package org.sitrep.server.index;

import java.util.Arrays;

/**
 * The events that can match a query: a run {@code [from, to)} of ranks in the index's day order (by
 * day, undated first, then index), such as a key's postings, or every rank of a range (no array).
 * Ranks are ascending numbers, so two runs intersect by comparing them (no event's day is read, which
 * at a million events cost a cache miss per step), and a date window, once turned into a range of
 * ranks, cuts any run by binary search.
 */
record Candidates(int[] ranks, int from, int to) {
    /** Every rank from {@code from} (inclusive) to {@code to} (exclusive). */
    static Candidates range(int from, int to) {
        return new Candidates(null, from, Math.max(from, to));
    }

    int size() {
        return to - from;
    }

    /** The rank at position {@code k} of the run ({@code from <= k < to}). */
    int rank(int k) {
        return ranks == null ? k : ranks[k];
    }

    /** This run cut to the ranks from {@code firstRank} (inclusive) to {@code endRank} (exclusive). */
    Candidates within(int firstRank, int endRank) {
        if (ranks == null) {
            int lo = Math.max(from, firstRank);
            return range(lo, Math.min(to, endRank));
        }
        int lo = firstAtLeast(firstRank, from);
        int hi = firstAtLeast(endRank, lo);
        return new Candidates(ranks, lo, hi);
    }

    /** The ranks in both runs, ascending. */
    Candidates intersect(Candidates other) {
        if (ranks == null) {
            return other.within(from, to);
        }
        if (other.ranks == null) {
            return within(other.from, other.to);
        }
        Candidates small = size() <= other.size() ? this : other;
        Candidates large = small == this ? other : this;
        int[] out = new int[small.size()];
        int n = 0;
        int j = large.from;
        for (int k = small.from; k < small.to && j < large.to; k++) {
            int rank = small.ranks[k];
            j = large.gallop(rank, j);
            if (j < large.to && large.ranks[j] == rank) {
                out[n++] = rank;
                j++;
            }
        }
        return new Candidates(n == out.length ? out : Arrays.copyOf(out, n), 0, n);
    }

    /**
     * The first position at or after {@code start} whose rank is at least {@code rank}: steps of
     * doubling length, then a binary search (a short run against a long one skips most of the long).
     */
    private int gallop(int rank, int start) {
        int step = 1;
        int lo = start;
        int hi = start;
        while (hi < to && ranks[hi] < rank) {
            lo = hi + 1;
            hi = start + step;
            step <<= 1;
        }
        return firstAtLeast(rank, lo, Math.min(hi, to));
    }

    private int firstAtLeast(int rank, int start) {
        return firstAtLeast(rank, start, to);
    }

    private int firstAtLeast(int rank, int lo, int hi) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ranks[mid] < rank) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
