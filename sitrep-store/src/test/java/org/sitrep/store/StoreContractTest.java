package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.store.Fixtures.ABU_EXAMPLE;
import static org.sitrep.store.Fixtures.CIVILIANS;
import static org.sitrep.store.Fixtures.HTS;
import static org.sitrep.store.Fixtures.KAFR_TEST;
import static org.sitrep.store.Fixtures.MILITANTS;
import static org.sitrep.store.Fixtures.NOV_14;
import static org.sitrep.store.Fixtures.SAA;
import static org.sitrep.store.Fixtures.TELL_SAMPLE;
import static org.sitrep.store.Fixtures.TIGER_FORCES;
import static org.sitrep.store.Fixtures.event;
import static org.sitrep.store.Fixtures.report;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.Report;
import org.sitrep.store.control.ControlChange;
import org.sitrep.store.control.Holding;
import org.sitrep.store.control.PlaceTimeline;
import org.sitrep.store.db.Sql;
import org.sitrep.store.event.Admin2FromJson;
import org.sitrep.store.event.BoundingBox;
import org.sitrep.store.event.EventQuery;
import org.sitrep.store.event.PlaceKey;
import org.sitrep.store.event.StoredEvent;
import org.sitrep.store.merge.Claim;
import org.sitrep.store.merge.Incident;
import org.sitrep.store.report.IngestOutcome;
import org.sitrep.store.report.IngestResult;
import org.sitrep.store.report.RefusedReportException;
import org.sitrep.store.report.StoredReport;

/**
 * What every store must do, whatever its database: H2 ({@link H2StoreTest}) and PostgreSQL
 * ({@link PostgresStoreTest}) run these same tests.
 */
abstract class StoreContractTest extends StoreTestBase {
    protected StoreContractTest(Backend backend) {
        super(backend);
    }

    static final String BODY_A = "On November 14 government forces clashed with militants near Kafr Test.\n\n"
            + "30 militants were killed.";

    private static List<Event> forever(Report r) {
        throw new AssertionError("extraction must not run for content already stored");
    }

    @Test
    void reingestingTheSameReportChangesNothing() {
        Report r = report("r1", "Outlet A", NOV_14, BODY_A);
        IngestResult first = ingest(r, event().killed(30).build(), event().at(TELL_SAMPLE).build());
        assertEquals(IngestOutcome.NEW, first.outcome());
        assertEquals(2, first.events());

        IngestResult again = store.reports().ingest(r, StoreContractTest::forever);
        assertEquals(IngestOutcome.UNCHANGED, again.outcome());
        assertEquals(2, again.events());

        // the same text saved with other line breaks and spacing is the same report
        Report respaced = report("r1", "Outlet A", NOV_14, BODY_A.replace("\n\n", "\n \n  ").replace(" near", "  near"));
        assertEquals(IngestOutcome.UNCHANGED, store.reports().ingest(respaced, StoreContractTest::forever).outcome());

        assertEquals(1, store.reports().count());
        assertEquals(2, store.events().count());
        assertEquals(2, store.incidents().count());
        assertEquals(1, store.reports().find("r1").orElseThrow().revision());
    }

    /** Issue 18: the same text from another outlet was dropped while the batch counted it as stored. */
    @Test
    void aRepublishedReportIsStoredAsARelayOfTheFirst() {
        ingest(report("r1", "Outlet A", NOV_14, BODY_A), event().killed(30).build());
        IngestResult relay = ingest(report("r1-elsewhere", "Outlet B", NOV_14, BODY_A), event().killed(30).build());
        assertEquals(IngestOutcome.RELAY, relay.outcome());
        assertEquals("r1", relay.relayOf());
        assertEquals(1, relay.events());

        assertEquals(2, store.reports().count(), "both tellings are in the store");
        assertEquals(2, store.events().count());
        assertEquals("r1", store.reports().find("r1-elsewhere").orElseThrow().relayOf());
        assertNull(store.reports().find("r1").orElseThrow().relayOf());
        Incident incident = store.incidents().find(EventQuery.all(), PageRequest.first(10)).items().get(0);
        assertEquals(2, incident.claims().size(), "the relay is its outlet's claim");
        assertEquals(1, incident.corroboration(), "a republication is not an independent source");
        // and it is stored once: again under its id changes nothing
        assertEquals(IngestOutcome.UNCHANGED,
                store.reports().ingest(report("r1-elsewhere", "Outlet B", NOV_14, BODY_A),
                        StoreContractTest::forever).outcome());
    }

    /** Issue 18: over-long metadata was an SQL error that lost the report; NUL went into the store. */
    @Test
    void overLongMetadataIsClippedControlCharactersRemovedAndALongIdRefused() {
        Report odd = new Report("odd", "T".repeat(2500), "A\u0000uthor", "Outlet\u0007 A", NOV_14,
                "S".repeat(1200), null, List.of("Tags: a\u0000b"), "https://example.org/" + "u".repeat(4100),
                "On November 14 \u0000government forces clashed near Kafr Test.", null, null);
        IngestResult stored = store.reports().ingest(odd, r -> {
            assertFalse(r.body().contains("\u0000"), "extraction reads the cleaned body");
            return List.of(event().build());
        });
        assertEquals(IngestOutcome.NEW, stored.outcome());
        StoredReport r = store.reports().find("odd").orElseThrow();
        assertEquals(2000, r.title().length());
        assertEquals(1000, r.source().length());
        assertEquals("Author", r.author());
        assertEquals("Outlet A", r.outlet());
        assertEquals(List.of("Tags: ab"), r.tags());
        assertNull(r.url());
        assertEquals("On November 14  government forces clashed near Kafr Test.",
                store.reports().body("odd").orElseThrow());
        assertTrue(stored.warnings().contains("title of 2500 characters clipped to 2000"), stored.warnings().toString());
        assertTrue(stored.warnings().contains("url of 4120 characters left out (the limit is 4000)"),
                stored.warnings().toString());

        Report longId = report("i".repeat(600), "Outlet A", NOV_14, "Another text.");
        RefusedReportException refused = assertThrows(RefusedReportException.class,
                () -> ingest(longId, event().build()));
        assertEquals("refused: id of 600 characters (the limit is 512); give the report a shorter id",
                refused.getMessage());
        assertEquals(1, store.reports().count());
    }

    @Test
    void aCorrectedReportReplacesItsEventsAndTheirIncidents() {
        Report r = report("r1", "Outlet A", NOV_14, BODY_A);
        ingest(r, event().killed(30).build(), event().at(TELL_SAMPLE).build());
        ingest(report("r2", "Outlet B", NOV_14, "Another text."), event().killed(12).build());
        assertEquals(2, store.incidents().count(), "r1's and r2's clash at Kafr Test merged, Tell Sample apart");

        Report corrected = report("r1", "Outlet A", NOV_14, BODY_A.replace("30", "25"));
        IngestResult result = ingest(corrected, event().killed(25).build());
        assertEquals(IngestOutcome.REPLACED, result.outcome());
        assertEquals(1, result.events());

        StoredReport stored = store.reports().find("r1").orElseThrow();
        assertEquals(2, stored.revision());
        assertEquals(1, stored.eventCount());
        assertTrue(store.reports().body("r1").orElseThrow().contains("25 militants"));
        List<StoredEvent> events = store.events().forReport("r1");
        assertEquals(1, events.size());
        assertEquals(25, events.get(0).event().fatalities());
        // Tell Sample's incident had only r1's old event: gone; Kafr Test's now holds r2's and the new claim
        assertEquals(1, store.incidents().count());
        Incident kafr = store.incidents().find(EventQuery.all(), PageRequest.first(10)).items().get(0);
        assertEquals(List.of(12, 25), kafr.claims().stream().map(Claim::fatalities).sorted().toList());
        assertEquals(12, kafr.fatalitiesLow());
        assertEquals(25, kafr.fatalitiesHigh());
    }

    @Test
    void theSameEventFromTwoOutletsIsOneIncidentCorroboratedTwice() {
        ingest(report("pro-gov", "Outlet A", NOV_14, "text a"),
                event().actors(SAA, HTS).killed(30).says("SANA", "reported").build());
        // the other side tells it with the roles swapped and other losses
        ingest(report("pro-opp", "Outlet B", NOV_14.plusDays(1), "text b"),
                event().actors(HTS, TIGER_FORCES).killed(5).says("Ebaa", "claimed").build());

        Page<Incident> page = store.incidents().find(EventQuery.all(), PageRequest.first(10));
        assertEquals(1, page.total());
        Incident incident = page.items().get(0);
        assertEquals(2, incident.corroboration());
        assertEquals(List.of("SANA", "Ebaa"), incident.sources());
        assertEquals(NOV_14, incident.date());
        assertEquals(PlaceKey.of(KAFR_TEST), incident.placeKey());
        // the conflicting claims stay side by side: never averaged, never overwritten
        assertTrue(incident.conflicting());
        assertEquals(5, incident.fatalitiesLow());
        assertEquals(30, incident.fatalitiesHigh());
        Claim sana = incident.claims().get(0);
        Claim ebaa = incident.claims().get(1);
        assertEquals("SANA", sana.source());
        assertEquals(30, sana.fatalities());
        assertEquals("reported", sana.modality());
        assertEquals("Ebaa", ebaa.source());
        assertEquals(5, ebaa.fatalities());
        assertEquals("claimed", ebaa.modality());
        assertEquals("pro-opp", ebaa.reportId());

        // a third outlet that gives no figure corroborates, and disputes no number
        ingest(report("neutral", "Outlet C", NOV_14, "text c"), event().build());
        Incident three = store.incidents().get(incident.id()).orElseThrow();
        assertEquals(3, three.corroboration());
        assertEquals(5, three.fatalitiesLow());
        assertEquals(30, three.fatalitiesHigh());
    }

    @Test
    void claimsWithNoSourceNameNoSource() {
        // a report with no outlet, whose events name no source: nobody to name
        ingest(report("anonymous", null, NOV_14, "text anonymous"), event().build(),
                event().at(TELL_SAMPLE).sub("Government regains territory").build());
        ingest(report("b", "Outlet B", NOV_14, "text b"), event().build(),
                event().at(TELL_SAMPLE).sub("Government regains territory").build());

        Incident clash = store.incidents().find(EventQuery.builder().place("Kafr Test").build(), PageRequest.first(5))
                .items().get(0);
        assertNull(clash.claims().get(0).source());
        assertEquals(List.of("Outlet B"), clash.sources());
        ControlChange change = store.control().timeline(PlaceKey.of(TELL_SAMPLE)).orElseThrow().changes().get(0);
        assertEquals(2, change.claims().size());
        assertEquals(List.of("Outlet B"), change.sources());
    }

    @Test
    void oneSourceRepeatedByTwoReportsCorroboratesOnce() {
        ingest(report("a", "Outlet A", NOV_14, "text a"), event().says("SANA", "reported").build());
        ingest(report("b", "Outlet B", NOV_14, "text b"), event().says("sana", "reported").build());
        ingest(report("c", "Outlet C", NOV_14, "text c"), event().actors(MILITANTS, SAA).build());

        Incident incident = store.incidents().find(EventQuery.all(), PageRequest.first(10)).items().get(0);
        assertEquals(3, incident.claims().size());
        assertEquals(2, incident.corroboration(), "SANA twice, Outlet C once");
        assertEquals(1, store.incidents().count());
    }

    @Test
    void eventsApartInTypePlaceDateOrSidesStayApart() {
        ingest(report("a", "Outlet A", NOV_14, "text a"),
                event().build(),
                event().date(NOV_14.plusDays(1)).build(),
                event().at(TELL_SAMPLE).build(),
                event().sub("Shelling/artillery/missile attack").build(),
                event().actors(SAA, CIVILIANS).sub("Attack").build());
        ingest(report("b", "Outlet B", NOV_14, "text b"),
                // a week-precise account of the first day's clash joins it
                event().date(NOV_14.plusDays(2)).precision("week").build(),
                // fighting between government forces and civilians is not the clash with HTS
                event().actors(SAA, CIVILIANS).build());
        assertEquals(6, store.incidents().count());
        Incident first = store.incidents().find(EventQuery.builder().place("Kafr Test")
                .subEventType("Armed clash").build(), PageRequest.first(10)).items().get(0);
        assertEquals(NOV_14, first.date());
        assertEquals(2, first.claims().size());
    }

    @Test
    void eventsKnownByDayAndMonthOnlyMergeOnThatDayAndNeverGainAYear() {
        ingest(report("a", "Outlet A", null, "undated a"), event().undated("--11-14").build());
        ingest(report("b", "Outlet B", null, "undated b"), event().undated("--11-14").build(),
                event().undated("--11-15").build());
        Page<Incident> all = store.incidents().find(EventQuery.all(), PageRequest.first(10));
        assertEquals(2, all.total());
        Incident merged = all.items().get(0);
        assertNull(merged.date());
        assertNull(merged.window());
        assertEquals("--11-14", merged.summary().monthDay());
        assertEquals(2, merged.claims().size());
        // a date filter never matches an undated event
        assertEquals(0, store.events().find(EventQuery.builder().from(LocalDate.of(2000, 1, 1)).build(),
                PageRequest.first(10)).total());
    }

    @Test
    void aReportLookingUpManyTypesPlacesAndDaysAtOnceJoinsEachIncidentItsEventsMatch() {
        // stored: dated and undated incidents of two types at two places (PostgreSQL reads the
        // candidates of all of a report's lookups in one query, H2 one query per lookup)
        ingest(report("a", "Outlet A", NOV_14, "text a"),
                event().build(),
                event().at(TELL_SAMPLE).build(),
                event().sub("Shelling/artillery/missile attack").build(),
                event().date(NOV_14.plusDays(9)).build(),
                event().undated("--11-14").build(),
                event().undated("--11-20").at(TELL_SAMPLE).build());
        ingest(report("b", "Outlet B", NOV_14, "text b"),
                event().at(TELL_SAMPLE).build(),
                event().undated("--11-20").at(TELL_SAMPLE).build(),
                event().date(NOV_14.plusDays(9)).build(),
                event().sub("Shelling/artillery/missile attack").build(),
                event().undated("--11-14").build(),
                event().build(),
                // no stored incident of its day: a new one
                event().undated("--11-21").build());
        assertEquals(7, store.incidents().count());
        Page<Incident> all = store.incidents().find(EventQuery.all(), PageRequest.first(20));
        assertEquals(List.of(2, 2, 2, 2, 2, 2, 1), all.items().stream().map(i -> i.claims().size()).sorted(
                java.util.Comparator.reverseOrder()).toList());
        StoreConsistency.check(store);
    }

    @Test
    void twoSidesClaimingTheSamePlaceOnTheSameDayAreTwoChangesNotOne() {
        ingest(report("a", "Outlet A", NOV_14, "text a"),
                event().sub("Government regains territory").actors(SAA, HTS).says("SANA", "reported").build());
        ingest(report("b", "Outlet B", NOV_14, "text b"),
                event().sub("Non-state actor overtakes territory").actors(HTS, SAA).says("Ebaa", "claimed").build());
        assertEquals(2, store.incidents().count());
    }

    @Test
    void theControlTimelineOrdersChangesAndAnswersWhoHeldAPlace() {
        String kafr = PlaceKey.of(KAFR_TEST);
        ingest(report("oct", "Outlet B", LocalDate.of(2019, 10, 9), "text oct"),
                event().date(LocalDate.of(2019, 10, 8)).sub("Non-state actor overtakes territory")
                        .actors(HTS, SAA).says("Ebaa", "claimed").evidence("HTS captured Kafr Test.").build());
        ingest(report("nov-a", "Outlet A", NOV_14, "text nov a"),
                event().sub("Government regains territory").actors(SAA, HTS).says("SANA", "reported")
                        .evidence("The SAA liberated Kafr Test.").build());
        ingest(report("nov-b", "Outlet C", NOV_14.plusDays(1), "text nov b"),
                event().sub("Government regains territory").actors(TIGER_FORCES, MILITANTS)
                        .evidence("The Tiger Forces entered Kafr Test.").build());

        PlaceTimeline timeline = store.control().timeline(kafr).orElseThrow();
        assertEquals("Kafr Test", timeline.place().name());
        assertEquals(2, timeline.changes().size());
        ControlChange october = timeline.changes().get(0);
        ControlChange november = timeline.changes().get(1);
        assertEquals(LocalDate.of(2019, 10, 8), october.date());
        assertEquals("opposition", october.side());
        assertEquals(List.of("Ebaa"), october.sources());
        assertEquals("HTS captured Kafr Test.", october.claims().get(0).evidence().text());
        assertEquals(NOV_14, november.date());
        assertEquals("government", november.side());
        assertEquals(List.of("SANA", "Outlet C"), november.sources());
        assertTrue(timeline.contested().isEmpty());

        assertFalse(store.control().holderOn(kafr, LocalDate.of(2019, 10, 1)).known());
        Holding inOctober = store.control().holderOn(kafr, LocalDate.of(2019, 11, 1));
        assertEquals("opposition", inOctober.side());
        assertEquals(LocalDate.of(2019, 10, 8), inOctober.since());
        Holding later = store.control().holderOn(kafr, LocalDate.of(2019, 12, 1));
        assertEquals("government", later.side());
        assertEquals(NOV_14, later.since());
        assertFalse(later.contested());
        assertEquals(1, store.control().places().size());
    }

    @Test
    void sourcesThatDisagreeMakeAContestedPeriod() {
        String tell = PlaceKey.of(TELL_SAMPLE);
        LocalDate dec1 = LocalDate.of(2019, 12, 1);
        ingest(report("gov", "Outlet A", dec1, "gov text"),
                event().at(TELL_SAMPLE).date(dec1).sub("Government regains territory").actors(SAA, HTS)
                        .says("SANA", "reported").build());
        ingest(report("opp", "Outlet B", dec1, "opp text"),
                event().at(TELL_SAMPLE).date(dec1).precision("week").sub("Non-state actor overtakes territory")
                        .actors(HTS, SAA).says("Ebaa", "claimed").build());
        ingest(report("later", "Outlet A", dec1.plusDays(20), "later text"),
                event().at(TELL_SAMPLE).date(dec1.plusDays(20)).sub("Government regains territory")
                        .actors(SAA, HTS).build());

        PlaceTimeline timeline = store.control().timeline(tell).orElseThrow();
        assertEquals(3, timeline.changes().size());
        assertEquals(1, timeline.contested().size());
        assertEquals(Set.of("government", "opposition"), Set.copyOf(timeline.contested().get(0).sides()));
        assertEquals(dec1.minusDays(3), timeline.contested().get(0).from());
        assertEquals(dec1.plusDays(3), timeline.contested().get(0).to());

        Holding during = store.control().holderOn(tell, dec1.plusDays(5));
        assertTrue(during.contested());
        assertNull(during.side());
        assertEquals(Set.of("government", "opposition"), Set.copyOf(during.claimedSides()));
        Holding after = store.control().holderOn(tell, dec1.plusDays(25));
        assertFalse(after.contested());
        assertEquals("government", after.side());
    }

    @Test
    void aDeniedCaptureIsNoChangeAndDisputesTheClaimItDenies() {
        String abu = PlaceKey.of(ABU_EXAMPLE);
        ingest(report("claim", "Outlet A", NOV_14, "claim text"),
                event().at(ABU_EXAMPLE).sub("Non-state actor overtakes territory").actors(HTS, SAA)
                        .says("Amaq", "claimed").build());
        ingest(report("denial", "Outlet B", NOV_14, "denial text"),
                event().at(ABU_EXAMPLE).sub("Non-state actor overtakes territory").actors(HTS, SAA)
                        .says("SANA", "denied").build());
        PlaceTimeline t = store.control().timeline(abu).orElseThrow();
        assertEquals(1, t.changes().size());
        assertTrue(t.changes().get(0).disputed());
        assertEquals(List.of("Amaq", "SANA"), t.changes().get(0).sources());
        Holding h = store.control().holderOn(abu, NOV_14.plusDays(1));
        assertTrue(h.contested());
        Incident incident = store.incidents().find(EventQuery.all(), PageRequest.first(5)).items().get(0);
        assertEquals(1, incident.corroboration(), "a denial corroborates nothing");
    }

    @Test
    void theControlMapGivesEveryPlaceItsHolderOnADate() {
        LocalDate dec1 = LocalDate.of(2019, 12, 1);
        ingest(report("a", "Outlet A", dec1, "text a"),
                event().sub("Government regains territory").actors(SAA, HTS).build(),
                event().at(TELL_SAMPLE).date(dec1).sub("Government regains territory").actors(SAA, HTS).build());
        ingest(report("b", "Outlet B", dec1, "text b"),
                event().at(TELL_SAMPLE).date(dec1).sub("Non-state actor overtakes territory").actors(HTS, SAA)
                        .build(),
                event().at(ABU_EXAMPLE).date(dec1).build()); // a clash changes no control

        List<Holding> november = store.control().controlMap(LocalDate.of(2019, 11, 20));
        assertEquals(1, november.size());
        assertEquals("Kafr Test", november.get(0).place().name());
        assertEquals("government", november.get(0).side());
        assertEquals(35.5, november.get(0).place().latitude());

        List<Holding> december = store.control().controlMap(dec1.plusDays(1));
        assertEquals(2, december.size());
        Holding tell = december.stream().filter(h -> "Tell Sample".equals(h.place().name())).findFirst()
                .orElseThrow();
        assertTrue(tell.contested());
    }

    @Test
    void queriesFilterPageAndSortByDate() {
        ingest(report("a", "Outlet A", NOV_14, "text a"),
                event().date(NOV_14.plusDays(2)).killed(3).evidence("Heavy clashes near Kafr Test.").build(),
                event().at(TELL_SAMPLE).sub("Shelling/artillery/missile attack").actors(SAA, MILITANTS)
                        .assoc1(TIGER_FORCES).says("SANA", "reported").evidence("Artillery shelled Tell Sample.")
                        .build(),
                event().at(ABU_EXAMPLE).date(NOV_14.minusDays(3)).actors(HTS, CIVILIANS).sub("Attack").build());
        ingest(report("b", "Outlet B", NOV_14, "text b"),
                event().at(ABU_EXAMPLE).date(NOV_14.plusDays(9)).build());

        Page<StoredEvent> all = store.events().find(EventQuery.all(), PageRequest.first(10));
        assertEquals(4, all.total());
        assertEquals(List.of(NOV_14.minusDays(3), NOV_14, NOV_14.plusDays(2), NOV_14.plusDays(9)),
                all.items().stream().map(e -> e.event().date()).toList());

        Page<StoredEvent> second = store.events().find(EventQuery.all(), new PageRequest(1, 2));
        assertEquals(4, second.total());
        assertEquals(2, second.items().size());
        assertEquals(NOV_14, second.items().get(0).event().date());
        assertTrue(second.hasMore());

        assertEquals(2, count(EventQuery.builder().from(NOV_14).to(NOV_14.plusDays(2)).build()));
        assertEquals(1, count(EventQuery.builder().eventType("explosions/remote violence").build()));
        assertEquals(1, count(EventQuery.builder().subEventType("Attack").build()));
        assertEquals(1, count(EventQuery.builder().actor("tiger forces").build()));
        assertEquals(3, count(EventQuery.builder().actor("Syrian Arab Army").build()), "parent of Tiger Forces too");
        assertEquals(3, count(EventQuery.builder().side("opposition").build()));
        assertEquals(1, count(EventQuery.builder().side("civilians").build()));
        assertEquals(2, count(EventQuery.builder().place("abu example").build()));
        assertEquals(1, count(EventQuery.builder().governorate("Hama").build()));
        assertEquals(2, count(EventQuery.builder().admin2("SAMPLE valley").build()), "any case");
        assertEquals(1, count(EventQuery.builder().admin2("Test Hills").governorate("Idlib").build()));
        assertEquals(0, count(EventQuery.builder().admin2("Hama").build()), "a governorate is no district");
        assertEquals(4, count(EventQuery.builder().country("syria").build()));
        assertEquals(1, count(EventQuery.builder().bbox(BoundingBox.parse("36.0,35.0,37.0,35.3")).build()));
        assertEquals(1, count(EventQuery.builder().source("sana").build()));
        assertEquals(0, count(EventQuery.builder().source("Outlet A").actor("nobody known").build()));
        assertEquals(3, count(EventQuery.builder().source("Outlet A").build()), "the publisher's events");
        assertEquals(1, count(EventQuery.builder().text("heavy CLASHES").build()));
        assertEquals(0, count(EventQuery.builder().text("100%_").build()));
        assertEquals(1, count(EventQuery.builder().reportId("b").build()));
        assertEquals(1, count(EventQuery.builder().place("Abu Example").from(NOV_14).build()));

        Page<Incident> incidents = store.incidents().find(EventQuery.builder().governorate("Deir ez-Zor").build(),
                PageRequest.first(10));
        assertEquals(2, incidents.total());
        assertEquals(NOV_14.minusDays(3), incidents.items().get(0).date());
    }

    @Test
    void eventsStoredBeforeTheirDistrictHadAColumnGetItFromTheirJson() throws Exception {
        ingest(report("a", "Outlet A", NOV_14, "text a"), event().build(), event().at(TELL_SAMPLE).build(),
                event().at(ABU_EXAMPLE).build());
        // as a store written before V10 holds them
        store.database().write(c -> Sql.update(c, "UPDATE event SET admin2 = NULL, admin2_key = NULL", List.of()));
        assertEquals(0, count(EventQuery.builder().admin2("Sample Valley").build()));

        assertEquals(2, store.database().write(Admin2FromJson::fill), "the events whose place has a district");
        List<String> districts = store.database().read(c -> Sql.list(c,
                "SELECT admin2 FROM event ORDER BY id", List.of(), rs -> rs.getString(1)));
        assertEquals(java.util.Arrays.asList("Test Hills", null, "Sample Valley"), districts);
        assertEquals(1, count(EventQuery.builder().admin2("sample valley").build()));
        long migrated = store.database().read(c -> Sql.count(c,
                "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '10.1' AND \"success\"",
                List.of()));
        assertEquals(1, migrated, "the migration that does this on opening an older store ran");
    }

    private long count(EventQuery q) {
        return store.events().find(q, PageRequest.first(100)).total();
    }

    @Test
    void aFailureMidReportLeavesNothingOfIt() {
        Report first = report("r1", "Outlet A", NOV_14, BODY_A);
        ingest(first, event().killed(30).build());

        List<Event> failing = new AbstractList<>() {
            @Override
            public Event get(int i) {
                if (i == 2) {
                    throw new IllegalStateException("disk on fire");
                }
                return event().at(TELL_SAMPLE).killed(i).build();
            }

            @Override
            public int size() {
                return 4;
            }
        };
        assertThrows(IllegalStateException.class,
                () -> store.reports().ingest(report("r2", "Outlet B", NOV_14, "text"), r -> failing));
        assertTrue(store.reports().find("r2").isEmpty());
        // a corrected version that fails half-way leaves the stored version as it was
        assertThrows(IllegalStateException.class,
                () -> store.reports().ingest(report("r1", "Outlet A", NOV_14, BODY_A + " Corrected."), r -> failing));
        assertEquals(1, store.reports().find("r1").orElseThrow().revision());
        assertEquals(1, store.reports().count());
        assertEquals(1, store.events().count());
        assertEquals(30, store.events().forReport("r1").get(0).event().fatalities());
        assertEquals(1, store.incidents().count());
        StoreConsistency.check(store);
    }

    @Test
    void anEventRoundTripsThroughItsJson() {
        Event e = event().assoc1(TIGER_FORCES).killed(7).says("SANA", "reported").build();
        ingest(report("a", "Outlet A", NOV_14, "text"), e);
        StoredEvent stored = store.events().forReport("a").get(0);
        assertEquals(e, stored.event());
        assertEquals("SANA", stored.source());
        assertEquals(stored, store.events().get(stored.id()).orElseThrow());
        Set<Long> incidentIds = store.events().forReport("a").stream().map(StoredEvent::incidentId)
                .collect(Collectors.toSet());
        assertEquals(Set.of(store.incidents().find(EventQuery.all(), PageRequest.first(1)).items().get(0).id()),
                incidentIds);
    }

    @Test
    void anIngestKilledMidwayLeavesTheStoreAsItsLastCommitLeftIt() throws Exception {
        ingest(report("before", "Outlet Z", NOV_14, "stored before"), event().at(KillMidwayChild.placeOf(0)).build());
        store.close(); // the child process needs the H2 file to itself
        store = null;

        KilledChild.killAfter(KillMidwayChild.class, List.of(url, "3"),
                List.of("COMMITTED 0", "COMMITTED 1", "COMMITTED 2", "MID 3"), () -> { });

        store = Store.open(url);
        assertEquals(List.of("before", "kill-0", "kill-1", "kill-2"),
                store.reports().list(PageRequest.first(10)).items().stream().map(StoredReport::id).sorted().toList());
        assertEquals(1 + 3 * KillMidwayChild.EVENTS_PER_REPORT, store.events().count());
        assertEquals(KillMidwayChild.EVENTS_PER_REPORT, store.incidents().count(), "one incident per place");
        StoreConsistency.check(store);
        // and the store takes writes again: the half-written report can be stored whole now
        IngestResult retry = store.reports().ingest(report("kill-3", "Outlet 3", NOV_14, "kill body 3"),
                r -> KillMidwayChild.events(3, false));
        assertEquals(IngestOutcome.NEW, retry.outcome());
        assertEquals(KillMidwayChild.EVENTS_PER_REPORT, retry.events());
        // ids handed out before the kill are not handed out again: new ones stay above the stored ones
        long storedBefore = store.events().forReport("kill-2").stream().mapToLong(StoredEvent::id).max().orElseThrow();
        assertTrue(store.events().forReport("kill-3").stream().allMatch(e -> e.id() > storedBefore));
        StoreConsistency.check(store);
    }

    @Test
    void concurrentIngestAndReadsFinishWithoutDeadlock() throws Exception {
        int writers = 3;
        int reportsPerWriter = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 2);
        AtomicBoolean writing = new AtomicBoolean(true);
        try {
            List<Future<?>> writes = new java.util.ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                writes.add(pool.submit(() -> {
                    for (int i = 0; i < reportsPerWriter; i++) {
                        String id = "w" + writer + "-" + i;
                        // every report tells the same clash (each its own source) and a change of control
                        ingest(report(id, "Outlet " + id, NOV_14, "body " + id),
                                event().killed(i).build(),
                                event().at(TELL_SAMPLE).sub("Government regains territory").actors(SAA, HTS)
                                        .date(NOV_14.plusDays(writer)).build());
                    }
                    return null;
                }));
            }
            List<Future<Integer>> reads = new java.util.ArrayList<>();
            for (int r = 0; r < 2; r++) {
                reads.add(pool.submit(() -> {
                    int rounds = 0;
                    while (writing.get() && rounds < 5_000) {
                        rounds++;
                        for (Incident i : store.incidents().find(EventQuery.all(), PageRequest.first(50)).items()) {
                            // one snapshot per read: an incident never shows claims it does not count
                            assertEquals(i.claims().stream().filter(c -> !c.denied()).map(Claim::source).distinct()
                                    .count(), i.corroboration());
                        }
                        store.control().controlMap(NOV_14.plusDays(5));
                        store.events().find(EventQuery.builder().text("clashed").build(), PageRequest.first(10));
                    }
                    return rounds;
                }));
            }
            for (Future<?> f : writes) {
                f.get(3, TimeUnit.MINUTES); // a deadlock fails here instead of hanging the build
            }
            writing.set(false);
            for (Future<Integer> f : reads) {
                assertTrue(f.get(3, TimeUnit.MINUTES) > 0);
            }
        } finally {
            writing.set(false);
            pool.shutdownNow();
        }
        assertEquals(writers * reportsPerWriter, store.reports().count());
        Incident clash = store.incidents().find(EventQuery.builder().place("Kafr Test").build(),
                PageRequest.first(5)).items().get(0);
        assertEquals(writers * reportsPerWriter, clash.corroboration(), "merged once, whatever the interleaving");
        assertEquals(writers, store.control().timeline(PlaceKey.of(TELL_SAMPLE)).orElseThrow().changes().size());
        StoreConsistency.check(store);
    }
}
