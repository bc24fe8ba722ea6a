package org.sitrep.store.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * After an ingest, the areas and the compressed control maps of days before the first changed day are
 * kept: that day is found here.
 */
class TimelineDifferenceTest {
    private static final PlaceRef NORTH = new PlaceRef("north", "North", "A", "Syria", 36.0, 37.0);
    private static final PlaceRef SOUTH = new PlaceRef("south", "South", "A", "Syria", 35.0, 37.0);

    private static ControlChange change(long incident, String day, String side) {
        return new ControlChange(incident, LocalDate.parse(day), "day", null, side, side + " forces", false, List.of());
    }

    private static PlaceTimeline timeline(PlaceRef place, ControlChange... changes) {
        return new PlaceTimeline(place, List.of(changes), List.of(), List.of());
    }

    private static long day(String day) {
        return LocalDate.parse(day).toEpochDay();
    }

    @Test
    void unchangedTimelinesDifferNowhere() {
        List<PlaceTimeline> state = List.of(timeline(NORTH, change(1, "2024-03-01", "government")));
        assertEquals(Long.MAX_VALUE, TimelineDifference.firstDay(state, List.copyOf(state)));
        // read again, the same content in new objects
        List<PlaceTimeline> reread = List.of(timeline(NORTH, change(1, "2024-03-01", "government")));
        assertEquals(Long.MAX_VALUE, TimelineDifference.firstDay(state, reread));
    }

    @Test
    void aChangeAddedLaterDiffersOnlyFromItsDay() {
        List<PlaceTimeline> before = List.of(timeline(NORTH, change(1, "2024-03-01", "government")),
                timeline(SOUTH, change(2, "2024-02-01", "opposition")));
        List<PlaceTimeline> after = List.of(timeline(NORTH, change(1, "2024-03-01", "government"),
                change(3, "2024-03-20", "opposition")), timeline(SOUTH, change(2, "2024-02-01", "opposition")));
        assertEquals(day("2024-03-20"), TimelineDifference.firstDay(before, after));
    }

    @Test
    void aChangeToldOfAnEarlierDayOrANewPlaceGoesBackToIt() {
        List<PlaceTimeline> before = List.of(timeline(NORTH, change(1, "2024-03-01", "government")));
        List<PlaceTimeline> earlier = List.of(timeline(NORTH, change(4, "2024-01-15", "opposition"),
                change(1, "2024-03-01", "government")));
        assertEquals(day("2024-01-15"), TimelineDifference.firstDay(before, earlier));
        List<PlaceTimeline> newPlace = List.of(before.get(0), timeline(SOUTH, change(5, "2024-02-10", "isis")));
        assertEquals(day("2024-02-10"), TimelineDifference.firstDay(before, newPlace));
        // a change now disputed (a rival source's claim merged in) differs on its own day
        List<PlaceTimeline> disputed = List.of(timeline(NORTH, new ControlChange(1, LocalDate.parse("2024-03-01"),
                "day", null, "government", "government forces", true, List.of())));
        assertEquals(day("2024-03-01"), TimelineDifference.firstDay(before, disputed));
        // a place no longer held by anyone (its report replaced) differs from its first change
        assertEquals(day("2024-03-01"), TimelineDifference.firstDay(before, List.of()));
    }
}
