package org.sitrep.server.index;

import java.util.Arrays;

/**
 * The merged incidents the index pages through, in primitive arrays: their ids ascending with each
 * one's date and last change, and the API's order (by date, undated last, then id). A million
 * incidents in boxed maps cost 150 MB and a hash look-up per matching account; here a position is an
 * array read and the order one sort of packed longs.
 */
final class IncidentOrder {
    /** No recorded last change. */
    static final long NEVER = Long.MIN_VALUE;

    /** Incident ids ascending, and per id (same index) its day and last change (epoch milliseconds). */
    private final long[] ids;
    private final int[] days;
    private final long[] updated;
    /** Incident ids in the API's order. */
    private final long[] order;
    /** Per index of {@link #ids}, the incident's place in {@link #order}. */
    private final int[] positionOfId;
    /** Per place in {@link #order}, the incident's last change. */
    private final long[] updatedAtPosition;

    private IncidentOrder(long[] ids, int[] days, long[] updated) {
        this.ids = ids;
        this.days = days;
        this.updated = updated;
        int n = ids.length;
        // day in the high half (undated as the largest), the id's index in the low: one sort of longs
        long[] packed = new long[n];
        for (int k = 0; k < n; k++) {
            int day = days[k] == EventColumns.UNDATED ? Integer.MAX_VALUE : days[k];
            packed[k] = ((long) day << 32) | k;
        }
        Arrays.sort(packed);
        this.order = new long[n];
        this.positionOfId = new int[n];
        this.updatedAtPosition = new long[n];
        for (int p = 0; p < n; p++) {
            int k = (int) packed[p];
            order[p] = ids[k];
            positionOfId[k] = p;
            updatedAtPosition[p] = updated[k];
        }
    }

    /** Builds from rows given in ascending id order. */
    static IncidentOrder of(long[] ids, int[] days, long[] updated) {
        return new IncidentOrder(ids, days, updated);
    }

    /**
     * This order with some incidents' dates and last changes set (new ids, or merging having changed
     * an incident's date), given in ascending id order.
     */
    IncidentOrder with(long[] changedIds, int[] changedDays, long[] changedUpdated) {
        int n = ids.length;
        long[] outIds = new long[n + changedIds.length];
        int[] outDays = new int[outIds.length];
        long[] outUpdated = new long[outIds.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < n || j < changedIds.length) {
            if (j == changedIds.length || i < n && ids[i] < changedIds[j]) {
                outIds[k] = ids[i];
                outDays[k] = days[i];
                outUpdated[k++] = updated[i++];
            } else {
                if (i < n && ids[i] == changedIds[j]) {
                    i++; // replaced by the changed values
                }
                outIds[k] = changedIds[j];
                outDays[k] = changedDays[j];
                outUpdated[k++] = changedUpdated[j++];
            }
        }
        return new IncidentOrder(Arrays.copyOf(outIds, k), Arrays.copyOf(outDays, k), Arrays.copyOf(outUpdated, k));
    }

    int size() {
        return order.length;
    }

    /** The incident at a place of the API's order. */
    long idAt(int position) {
        return order[position];
    }

    /** The incident's place in the API's order, or -1 for an id it does not hold. */
    int positionOf(long incidentId) {
        int k = Arrays.binarySearch(ids, incidentId);
        return k < 0 ? -1 : positionOfId[k];
    }

    /** When the incident at this place last changed, epoch milliseconds, or {@link #NEVER}. */
    long updatedAt(int position) {
        return updatedAtPosition[position];
    }
}
