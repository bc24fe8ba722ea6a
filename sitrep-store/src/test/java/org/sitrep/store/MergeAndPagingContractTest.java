package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.store.Fixtures.CIVILIANS;
import static org.sitrep.store.Fixtures.HTS;
import static org.sitrep.store.Fixtures.KAFR_TEST;
import static org.sitrep.store.Fixtures.NOV_14;
import static org.sitrep.store.Fixtures.SAA;
import static org.sitrep.store.Fixtures.TELL_SAMPLE;
import static org.sitrep.store.Fixtures.event;
import static org.sitrep.store.Fixtures.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.store.event.EventQuery;
import org.sitrep.store.event.PlaceKey;
import org.sitrep.store.event.StoredEvent;
import org.sitrep.store.merge.Claim;
import org.sitrep.store.merge.Incident;

/**
 * Merging within a report and across corrections, and paging through incidents and events, on
 * every database: H2 ({@link H2MergeAndPagingTest}) and PostgreSQL ({@link PostgresMergeAndPagingTest}).
 */
abstract class MergeAndPagingContractTest extends StoreTestBase {
    protected MergeAndPagingContractTest(Backend backend) {
        super(backend);
    }


    private Incident incidentAt(org.sitrep.model.Location place) {
        List<Incident> found = store.incidents().find(EventQuery.builder().place(place.name()).build(),
                PageRequest.first(10)).items();
        assertEquals(1, found.size(), "incidents at " + place.name());
        return found.get(0);
    }

    @Test
    void eventsOfOneReportThatTellTheSameThingMergeAndLaterReportsJoinThem() {
        ingest(report("a", "Outlet A", NOV_14, "One. Two. Three."),
                event().killed(3).evidence("One.").build(),
                // the same clash told again, a week-precise date around it
                event().date(NOV_14.plusDays(1)).precision("week").killed(4).evidence("Two.").build(),
                // government forces against civilians: another event at the same place and day
                event().actors(SAA, CIVILIANS).evidence("Three.").build());
        ingest(report("b", "Outlet B", NOV_14, "One again."),
                event().actors(HTS, SAA).killed(5).evidence("One again.").build());

        assertEquals(2, store.incidents().count());
        Incident clash = store.incidents().find(EventQuery.builder().side("opposition").build(), PageRequest.first(5))
                .items().get(0);
        assertEquals(List.of("One.", "Two.", "One again."),
                clash.claims().stream().map(c -> c.evidence().text()).toList());
        assertEquals(2, clash.corroboration(), "Outlet A twice, Outlet B once");
        assertEquals(3, clash.fatalitiesLow());
        assertEquals(5, clash.fatalitiesHigh());
        assertEquals(NOV_14, clash.date(), "the day-precise claim, not the week-precise one");
        StoreConsistency.check(store);
    }

    @Test
    void aReportThatTellsAPlaceOnDaysWeeksApartJoinsTheIncidentThatSpansThemOnce() {
        // a month-precise clash: its window overlaps both days the next report tells
        ingest(report("month", "Outlet A", NOV_14, "In November."),
                event().date(NOV_14).precision("month").killed(2).evidence("In November.").build());
        ingest(report("days", "Outlet B", NOV_14.plusDays(16), "Early. Late. Between."),
                event().date(NOV_14.minusDays(11)).killed(3).evidence("Early.").build(),
                event().date(NOV_14.plusDays(11)).killed(4).evidence("Late.").build(),
                event().date(NOV_14.plusDays(40)).killed(5).evidence("Weeks later.").build());

        List<Incident> incidents = store.incidents().find(EventQuery.builder().place(KAFR_TEST.name()).build(),
                PageRequest.first(10)).items();
        assertEquals(3, incidents.size(), "the month's clash with its first day; the late day; weeks later");
        Incident month = incidents.stream().filter(i -> i.claims().size() == 2).findFirst().orElseThrow();
        assertEquals(List.of("In November.", "Early."), month.claims().stream().map(c -> c.evidence().text()).toList(),
                "each claim once, though the incident was found for both November days");
        assertEquals(NOV_14.minusDays(11), month.window().start());
        StoreConsistency.check(store);
    }

    @Test
    void aCorrectionThatTakesAClaimAwayRecomputesTheIncidentFromTheClaimsLeft() {
        ingest(report("r1", "Outlet A", NOV_14, "First version."), event().killed(30).evidence("Day.").build());
        ingest(report("r2", "Outlet B", NOV_14, "Other text."), event().date(NOV_14.plusDays(2)).precision("week")
                .killed(5).evidence("Week.").build());
        Incident before = incidentAt(KAFR_TEST);
        assertEquals(2, before.claims().size());
        assertEquals(NOV_14, before.window().start());
        assertEquals(NOV_14, before.window().end());

        // the correction moves r1's clash to another place
        ingest(report("r1", "Outlet A", NOV_14, "Corrected version."), event().at(TELL_SAMPLE).build());

        Incident after = incidentAt(KAFR_TEST);
        assertEquals(before.id(), after.id());
        assertEquals(List.of("Week."), after.claims().stream().map(c -> c.evidence().text()).toList());
        assertEquals(NOV_14.plusDays(2), after.date(), "the claim left is now the incident's summary");
        assertEquals("week", after.datePrecision());
        assertEquals("Week.", after.summary().evidence().text());
        assertEquals(5, after.fatalitiesLow());
        assertEquals(5, after.fatalitiesHigh());
        assertEquals(NOV_14.minusDays(1), after.window().start(), "the week's days are possible again");

        // so a clash two days later now joins it
        ingest(report("r3", "Outlet C", NOV_14, "Later."), event().date(NOV_14.plusDays(4)).evidence("Later.").build());
        assertEquals(2, incidentAt(KAFR_TEST).claims().size());
        assertEquals(2, store.incidents().count());
        StoreConsistency.check(store);
    }

    @Test
    void aCorrectedEventRejoinsTheIncidentItLeftKeepingItsId() {
        ingest(report("r1", "Outlet A", NOV_14, "First version."), event().at(TELL_SAMPLE).killed(3).build());
        long id = incidentAt(TELL_SAMPLE).id();

        ingest(report("r1", "Outlet A", NOV_14, "Corrected version."), event().at(TELL_SAMPLE).killed(4).build());

        Incident corrected = incidentAt(TELL_SAMPLE);
        assertEquals(id, corrected.id(), "a link to the incident still leads to it");
        assertEquals(List.of(4), corrected.claims().stream().map(Claim::fatalities).toList());
        assertEquals(1, store.incidents().count());
        StoreConsistency.check(store);
    }

    @Test
    void pagesOfIncidentsRunByDateThenTheUndatedWhateverThePageSize() {
        List<Event> events = new ArrayList<>();
        // stored out of date order, each at its own place
        for (int day : new int[] {3, 1, 2}) {
            events.add(event().at(Fixtures.place("Dated " + day, "Idlib", 35.0, 36.0 + day / 10.0))
                    .date(NOV_14.plusDays(day)).build());
        }
        for (int i = 1; i <= 2; i++) {
            events.add(event().at(Fixtures.place("Undated " + i, "Idlib", 35.5, 36.0 + i / 10.0))
                    .undated("--11-1" + i).build());
        }
        ingest(report("a", "Outlet A", NOV_14, "text"), events.toArray(Event[]::new));

        List<String> expected = List.of("Dated 1", "Dated 2", "Dated 3", "Undated 1", "Undated 2");
        // every incident, and those with an event matching a filter every event matches
        for (EventQuery query : List.of(EventQuery.all(), EventQuery.builder().country("Syria").build())) {
            for (int size = 1; size <= 6; size++) {
                assertEquals(expected, allPages(request -> store.incidents().find(query, request), size,
                        i -> i.summary().location().name()),
                        "pages of " + size + " for " + query);
            }
            Page<Incident> beyond = store.incidents().find(query, new PageRequest(5, 2));
            assertEquals(5, beyond.total());
            assertTrue(beyond.items().isEmpty());
        }
        Page<Incident> undated = store.incidents().find(EventQuery.all(), new PageRequest(3, 10));
        assertEquals(2, undated.items().size());
        assertTrue(undated.items().stream().allMatch(i -> i.date() == null));
    }

    @Test
    void pagesOfEventsRunByDateThenReportAndTextOrderThenTheUndated() {
        ingest(report("b", "Outlet B", NOV_14, "text b"),
                event().undated("--11-11").evidence("b undated").build(),
                event().date(NOV_14.plusDays(1)).evidence("b later").build(),
                event().evidence("b first").build());
        ingest(report("a", "Outlet A", NOV_14, "text a"),
                event().evidence("a first").build(),
                event().undated("--11-12").evidence("a undated").build());

        List<String> expected = List.of("a first", "b first", "b later", "a undated", "b undated");
        for (EventQuery query : List.of(EventQuery.all(), EventQuery.builder().country("Syria").build())) {
            for (int size = 1; size <= 6; size++) {
                assertEquals(expected, allPages(request -> store.events().find(query, request), size,
                        e -> e.event().evidence().text()), "pages of " + size + " for " + query);
            }
        }
    }

    private static <T> List<String> allPages(Function<PageRequest, Page<T>> find, int size, Function<T, String> what) {
        List<String> out = new ArrayList<>();
        PageRequest request = PageRequest.first(size);
        while (true) {
            Page<T> page = find.apply(request);
            assertEquals(5, page.total());
            page.items().forEach(i -> out.add(what.apply(i)));
            if (!page.hasMore()) {
                return out;
            }
            request = request.next();
        }
    }

    @Test
    void newEventsAndIncidentsGetIdsAboveTheStoredOnesAlsoAfterTheStoreIsReopened() {
        ingest(report("a", "Outlet A", NOV_14, "text a"), event().build(), event().at(TELL_SAMPLE).build());
        long lastEvent = maxEventId();
        long lastIncident = maxIncidentId();
        store.close();
        store = Store.open(url);

        ingest(report("b", "Outlet B", NOV_14, "text b"), event().at(Fixtures.ABU_EXAMPLE).build(), event().build());
        List<StoredEvent> b = store.events().forReport("b");
        assertTrue(b.get(0).id() > lastEvent && b.get(1).id() > b.get(0).id(), "ids in storing order");
        assertTrue(b.get(0).incidentId() > lastIncident, "the new incident");
        assertEquals(incidentAt(KAFR_TEST).id(), b.get(1).incidentId(), "the stored incident it joined");
        assertEquals(PlaceKey.of(KAFR_TEST), incidentAt(KAFR_TEST).placeKey());
    }

    private long maxEventId() {
        return store.events().find(EventQuery.all(), PageRequest.first(100)).items().stream()
                .mapToLong(StoredEvent::id).max().orElseThrow();
    }

    private long maxIncidentId() {
        return store.incidents().find(EventQuery.all(), PageRequest.first(100)).items().stream()
                .mapToLong(Incident::id).max().orElseThrow();
    }
}
