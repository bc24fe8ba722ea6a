package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.store.Fixtures.ABU_EXAMPLE;
import static org.sitrep.store.Fixtures.HTS;
import static org.sitrep.store.Fixtures.KAFR_TEST;
import static org.sitrep.store.Fixtures.NOV_14;
import static org.sitrep.store.Fixtures.SAA;
import static org.sitrep.store.Fixtures.TELL_SAMPLE;
import static org.sitrep.store.Fixtures.event;
import static org.sitrep.store.Fixtures.report;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.store.control.ControlTimeline;
import org.sitrep.store.control.PlaceTimeline;
import org.sitrep.store.event.PlaceKey;

/**
 * The timelines a store keeps between calls, brought up to date by what changed, are the ones read
 * from scratch after every kind of change: new reports, a corrected report that drops a capture,
 * an analyst's merge and split. (Nothing is cached by process: each call lists what the database holds.)
 */
abstract class ControlTimelineContractTest extends StoreTestBase {
    protected ControlTimelineContractTest(Backend backend) {
        super(backend);
    }

    private static Event taken(Location at, int day, boolean byGovernment) {
        return event().at(at).date(NOV_14.plusDays(day))
                .sub(byGovernment ? "Government regains territory" : "Non-state actor overtakes territory")
                .actors(byGovernment ? SAA : HTS, byGovernment ? HTS : SAA)
                .evidence((byGovernment ? "The army took " : "Rebels took ") + at.name() + " on day " + day + ".")
                .build();
    }

    /** The kept timelines, checked against a reading from scratch, by place. */
    private Map<String, PlaceTimeline> keptMatchesAFreshReading() {
        List<PlaceTimeline> kept = store.control().timelines();
        assertEquals(new ControlTimeline(store.database()).timelines(), kept);
        return kept.stream().collect(Collectors.toMap(t -> t.place().placeKey(), Function.identity()));
    }

    @Test
    void keptTimelinesFollowEveryKindOfChange() {
        String kafr = PlaceKey.of(KAFR_TEST);
        String tell = PlaceKey.of(TELL_SAMPLE);
        String abu = PlaceKey.of(ABU_EXAMPLE);
        ingest(report("a", "Outlet A", NOV_14, "text a"), taken(KAFR_TEST, 0, true), taken(TELL_SAMPLE, 0, false),
                event().at(ABU_EXAMPLE).build()); // a clash: no change of control
        Map<String, PlaceTimeline> first = keptMatchesAFreshReading();
        assertEquals(List.of(kafr, tell), store.control().timelines().stream().map(t -> t.place().placeKey()).toList());

        // a new report at one place: the other keeps its timeline, the same object
        ingest(report("b", "Outlet B", NOV_14.plusDays(9), "text b"), taken(TELL_SAMPLE, 9, true));
        Map<String, PlaceTimeline> second = keptMatchesAFreshReading();
        assertSame(first.get(kafr), second.get(kafr));
        assertNotSame(first.get(tell), second.get(tell));
        assertEquals(2, second.get(tell).changes().size());

        // the same report told again changes nothing
        ingest(report("b", "Outlet B", NOV_14.plusDays(9), "text b"), taken(TELL_SAMPLE, 9, true));
        assertSame(second.get(tell), keptMatchesAFreshReading().get(tell));

        // a second outlet tells the same capture (one change, two accounts), then corrects it away
        ingest(report("d", "Outlet D", NOV_14.plusDays(9), "text d"), taken(TELL_SAMPLE, 9, true));
        assertEquals(2, keptMatchesAFreshReading().get(tell).changes().get(1).claims().size());
        ingest(report("d", "Outlet D", NOV_14.plusDays(9), "text d, corrected"), taken(KAFR_TEST, 9, true));
        Map<String, PlaceTimeline> moved = keptMatchesAFreshReading();
        assertEquals(1, moved.get(tell).changes().get(1).claims().size());
        assertEquals(2, moved.get(kafr).changes().size());

        // a corrected version of the first report no longer tells the capture of Kafr Test
        ingest(report("a", "Outlet A", NOV_14, "text a, corrected"), taken(TELL_SAMPLE, 0, false));
        Map<String, PlaceTimeline> corrected = keptMatchesAFreshReading();
        assertEquals(List.of(tell, kafr), List.copyOf(corrected.keySet()), "Kafr Test now by its later capture");
        assertEquals(1, corrected.get(kafr).changes().size());

        // an analyst merges the two changes at Tell Sample, then splits them again
        long from = second.get(tell).changes().get(0).incidentId();
        long into = second.get(tell).changes().get(1).incidentId();
        store.reviews().merge(into, from, "amira", "one capture told twice");
        assertEquals(1, keptMatchesAFreshReading().get(tell).changes().size());
        long split = store.incidents().get(into).orElseThrow().claims().stream()
                .filter(c -> c.date().equals(NOV_14)).findFirst().orElseThrow().eventId();
        store.reviews().split(into, split, "amira", "two captures after all");
        assertEquals(2, keptMatchesAFreshReading().get(tell).changes().size());

        // a capture at a place that had only a clash: the place comes after the others
        ingest(report("c", "Outlet C", NOV_14.plusDays(3), "text c"), taken(ABU_EXAMPLE, 3, false));
        Map<String, PlaceTimeline> last = keptMatchesAFreshReading();
        assertTrue(last.containsKey(abu));
        assertEquals(List.of(tell, kafr, abu), List.copyOf(last.keySet()));
    }
}
