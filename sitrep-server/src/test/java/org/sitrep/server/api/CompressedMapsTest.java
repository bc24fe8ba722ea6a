package org.sitrep.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompressedMapsTest {
    private static final LocalDate MAY_1 = LocalDate.of(2024, 5, 1);

    private static LocalDate may(int day) {
        return MAY_1.withDayOfMonth(day);
    }

    @Test
    void beyondTheBudgetTheDayAskedForLeastRecentlyGoes() {
        CompressedMaps maps = new CompressedMaps(1_000);
        maps.put(may(1), new byte[400]);
        maps.put(may(2), new byte[400]);
        maps.get(may(1)); // asked again: the 2nd is now the least recent
        maps.put(may(3), new byte[400]);
        assertTrue(maps.contains(may(1)));
        assertFalse(maps.contains(may(2)));
        assertTrue(maps.contains(may(3)));
        assertEquals(800, maps.bytes());
        assertEquals(List.of(may(3), may(1)), maps.lastAsked(5));
    }

    @Test
    void aDayMadeAgainIsCountedOnce() {
        CompressedMaps maps = new CompressedMaps(1_000);
        maps.put(may(1), new byte[300]);
        maps.put(may(1), new byte[500]);
        assertEquals(500, maps.bytes());
    }

    @Test
    void theLastMapIsKeptEvenWhenLargerThanTheBudget() {
        CompressedMaps maps = new CompressedMaps(1_000);
        maps.put(may(1), new byte[400]);
        maps.put(may(2), new byte[1_500]);
        assertNull(maps.get(may(1)));
        assertEquals(1_500, maps.get(may(2)).length);
    }

    @Test
    void afterAChangeOnlyTheDaysBeforeItsFirstDayAreTakenOver() {
        CompressedMaps maps = new CompressedMaps(1_000);
        maps.put(may(2), new byte[100]);
        maps.put(may(9), new byte[100]);
        maps.put(may(3), new byte[100]);
        maps.put(may(5), new byte[100]);
        CompressedMaps kept = maps.before(may(5).toEpochDay());
        assertEquals(List.of(may(3), may(2)), kept.lastAsked(5), "in the order they were asked for");
        assertEquals(200, kept.bytes());
        assertTrue(maps.contains(may(5)), "the earlier snapshot's maps are left as they were");
    }
}
