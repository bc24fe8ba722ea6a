package org.sitrep.server.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The incidents' order: by day, undated last, then id; and brought up to date without losing any. */
class IncidentOrderTest {
    private static final int U = EventColumns.UNDATED;

    @Test
    void ordersByDayThenIdWithUndatedLast() {
        IncidentOrder order = IncidentOrder.of(new long[] {3, 5, 8, 9}, new int[] {20, U, 10, 20},
                new long[] {IncidentOrder.NEVER, 1, 2, 3});
        assertEquals(8, order.idAt(0));
        assertEquals(3, order.idAt(1));
        assertEquals(9, order.idAt(2));
        assertEquals(5, order.idAt(3));
        assertEquals(3, order.positionOf(5));
        assertEquals(-1, order.positionOf(4));
        assertEquals(2, order.updatedAt(0));
        assertEquals(IncidentOrder.NEVER, order.updatedAt(1));
    }

    @Test
    void takesNewIncidentsAndChangedDates() {
        IncidentOrder order = IncidentOrder.of(new long[] {3, 5, 8}, new int[] {20, 30, 10}, new long[] {1, 2, 3});
        // 5 merged an earlier account (its day moved), 1 and 12 are new
        IncidentOrder next = order.with(new long[] {1, 5, 12}, new int[] {25, 5, U}, new long[] {7, 8, 9});
        assertEquals(5, next.size());
        long[] ids = new long[5];
        for (int p = 0; p < 5; p++) {
            ids[p] = next.idAt(p);
        }
        assertEquals("[5, 8, 3, 1, 12]", java.util.Arrays.toString(ids));
        assertEquals(8, next.updatedAt(next.positionOf(5)));
        assertEquals(3, next.updatedAt(next.positionOf(8)));
        // the earlier order is left as it was
        assertEquals(8, order.idAt(0));
        assertEquals(3, order.size());
    }
}
