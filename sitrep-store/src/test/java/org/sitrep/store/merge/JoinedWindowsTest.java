package org.sitrep.store.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.store.event.DateWindow;

/** The windows a report's rows at one place are looked up by: overlapping and touching ones joined. */
class JoinedWindowsTest {
    private static DateWindow days(int from, int to) {
        return new DateWindow(LocalDate.of(2019, 11, from), LocalDate.of(2019, 11, to));
    }

    @Test
    void daysWeeksApartStayApart() {
        assertEquals(List.of(days(2, 2), days(25, 25)), EventMerger.joined(List.of(days(25, 25), days(2, 2))));
    }

    @Test
    void overlappingAndNextDayWindowsAreJoinedWhateverTheOrder() {
        assertEquals(List.of(days(1, 9), days(20, 21)),
                EventMerger.joined(List.of(days(8, 9), days(20, 21), days(1, 3), days(2, 7))));
        assertEquals(List.of(days(3, 5)), EventMerger.joined(List.of(days(4, 5), days(3, 3))));
    }

    @Test
    void aWindowInsideAnotherLeavesItWhole() {
        assertEquals(List.of(days(1, 30)), EventMerger.joined(List.of(days(1, 30), days(10, 12), days(29, 30))));
    }
}
