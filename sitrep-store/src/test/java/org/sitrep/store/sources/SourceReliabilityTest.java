package org.sitrep.store.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.store.Fixtures.ABU_EXAMPLE;
import static org.sitrep.store.Fixtures.HTS;
import static org.sitrep.store.Fixtures.KAFR_TEST;
import static org.sitrep.store.Fixtures.NOV_14;
import static org.sitrep.store.Fixtures.SAA;
import static org.sitrep.store.Fixtures.TELL_SAMPLE;
import static org.sitrep.store.Fixtures.event;
import static org.sitrep.store.Fixtures.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.store.Fixtures;
import org.sitrep.store.Store;
import org.sitrep.store.db.Sql;
import org.sitrep.store.review.ReviewAction;

/**
 * Invented outlets: two that tell the same clashes (one of them an opposition monitor that also
 * reports its side's losses), one whose captures the other side undoes within days (with a sister
 * outlet of the same owner repeating it), and one that denies its own side's loss.
 */
class SourceReliabilityTest {
    private static final String REGISTRY = String.join("\n",
            "Hill Herald\tthe Herald\toutlet\t\t\t",
            "Ridge Monitor\t\tmonitor\topposition\t\t",
            "Valley Courier\t\toutlet\tgovernment\tValley Media\t",
            "River Gazette\t\toutlet\tgovernment\tValley Media\t",
            "Dawn Agency\t\tagency\topposition\t\t") + "\n";
    private static final Location WADI_PROBE = Fixtures.place("Wadi Probe", "Hama", 35.3, 36.5);

    @TempDir
    Path dir;
    private Store store;

    @BeforeEach
    void open() throws Exception {
        Files.writeString(dir.resolve(SourceRegistry.DATA_FILE), REGISTRY);
        store = Store.openDataDir(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void tell(String id, String outlet, int day, Event... events) {
        store.reports().store(report(id, outlet, NOV_14.plusDays(day), "Text of " + id + "."), List.of(events));
    }

    private static Event clash(Location at, int day, int killed) {
        return event().at(at).date(NOV_14.plusDays(day)).killed(killed).build();
    }

    private static Event capture(Location at, int day, boolean byGovernment) {
        return event().at(at).date(NOV_14.plusDays(day))
                .sub(byGovernment ? "Government regains territory" : "Non-state actor overtakes territory")
                .actors(byGovernment ? SAA : HTS, byGovernment ? HTS : SAA).build();
    }

    private void story() {
        // two outlets that agree, the monitor counting its own side's dead
        tell("herald-1", "Hill Herald", 0, clash(WADI_PROBE, 0, 4), clash(ABU_EXAMPLE, 1, 2));
        tell("ridge-1", "Ridge Monitor", 1, clash(WADI_PROBE, 0, 5), clash(ABU_EXAMPLE, 1, 2));
        // captures the other side undoes within days, repeated by a sister outlet
        tell("courier-1", "Valley Courier", 0, capture(KAFR_TEST, 0, true), capture(TELL_SAMPLE, 1, true));
        tell("gazette-1", "River Gazette", 0, capture(KAFR_TEST, 0, true));
        tell("herald-2", "Hill Herald", 6, capture(KAFR_TEST, 6, false), capture(TELL_SAMPLE, 7, false));
        tell("ridge-2", "Ridge Monitor", 7, capture(KAFR_TEST, 6, false), capture(TELL_SAMPLE, 7, false));
        // a government capture the opposition agency denies, its own side's loss
        tell("herald-3", "Hill Herald", 9, capture(WADI_PROBE, 9, true));
        tell("ridge-3", "Ridge Monitor", 9, capture(WADI_PROBE, 9, true));
        tell("dawn-1", "Dawn Agency", 9, event().at(WADI_PROBE).date(NOV_14.plusDays(9))
                .sub("Government regains territory").actors(SAA, HTS).says("Dawn Agency", "denied").build());
    }

    private Map<String, SourceReliability> byName(List<SourceReliability> ranking) {
        return ranking.stream().collect(Collectors.toMap(SourceReliability::name, Function.identity()));
    }

    @Test
    void agreeingOutletsRankAboveReversedCapturesAndASelfServingDenial() {
        story();
        List<SourceReliability> ranking = store.sources().ranking(null);
        List<String> order = ranking.stream().map(SourceReliability::name).toList();
        assertEquals(List.of("Ridge Monitor", "Hill Herald"), order.subList(0, 2), order.toString());
        Map<String, SourceReliability> r = byName(ranking);
        for (String weaker : List.of("Valley Courier", "River Gazette", "Dawn Agency")) {
            assertTrue(r.get("Hill Herald").mean() > r.get(weaker).mean() + 0.2, weaker + " " + order);
        }

        SourceReliability ridge = r.get("Ridge Monitor");
        assertEquals(5, ridge.tally().claims());
        assertEquals(5, ridge.tally().corroborated());
        assertEquals(3, ridge.tally().againstInterest(), "its side's dead in two clashes, its side's loss of Wadi Probe");
        assertTrue(ridge.explanation().startsWith("5 of 5 claims corroborated by an independent source, 0 contradicted"),
                ridge.explanation());
        assertTrue(ridge.explanation().contains("3 against its own side's interest"), ridge.explanation());
        assertTrue(ridge.low() > 0.5 && ridge.high() < 1 && ridge.low() < ridge.mean(), ridge.toString());

        SourceReliability courier = r.get("Valley Courier");
        assertEquals(2, courier.tally().reversed());
        assertEquals(0, courier.tally().corroborated(), "its sister outlet is not an independent source");
        assertTrue(courier.explanation().contains("2 changes of control it claimed reversed within 14 days"),
                courier.explanation());
        assertTrue(courier.explanation().endsWith("most claims are about its own side's gains"), courier.explanation());
        assertEquals(1, r.get("River Gazette").tally().reversed());

        SourceReliability dawn = r.get("Dawn Agency");
        assertEquals(1, dawn.tally().denials());
        assertEquals(1, dawn.tally().contradicted(), "two independent sources tell what it denies");
        assertEquals(1, dawn.tally().ownGains(), "denying its side's loss serves its side");
        assertTrue(dawn.explanation().startsWith("0 of 1 claim corroborated by an independent source, 1 contradicted, "
                + "1 is a denial"), dawn.explanation());
    }

    @Test
    void theCountersKeptAtIngestEqualAFullRecount() {
        story();
        List<SourceReliability> incremental = store.sources().ranking(null);
        List<SourceReliability> perMonth = store.sources().ranking("2019-11");
        store.sources().rebuild();
        assertEquals(incremental, store.sources().ranking(null));
        assertEquals(perMonth, store.sources().ranking("2019-11"));
    }

    @Test
    void aReplacedReportTakesBackItsEvidence() {
        story();
        // Ridge Monitor withdraws its recaptures: the Courier's captures stand again
        store.reports().store(report("ridge-2", "Ridge Monitor", NOV_14.plusDays(7), "Text corrected."), List.of());
        store.reports().store(report("herald-2", "Hill Herald", NOV_14.plusDays(6), "Text corrected."), List.of());
        assertEquals(0, byName(store.sources().ranking(null)).get("Valley Courier").tally().reversed());
    }

    @Test
    void analystsRejectionCountsAgainstTheSource() {
        story();
        long incident = store.database().read(c -> Sql.first(c,
                "SELECT incident_id FROM event WHERE report_id = 'courier-1' ORDER BY seq", List.of(),
                rs -> rs.getLong(1))).orElseThrow();
        double before = byName(store.sources().ranking(null)).get("Valley Courier").mean();
        store.reviews().review(incident, ReviewAction.REJECT, Map.of(), "ana", "the village never fell");
        SourceReliability after = byName(store.sources().ranking(null)).get("Valley Courier");
        assertEquals(1, after.tally().rejected());
        assertTrue(after.mean() < before, before + " -> " + after.mean());
        assertTrue(after.explanation().contains("analysts confirmed 0 and rejected 1"), after.explanation());
        List<SourceReliability> reviewed = store.sources().ranking(null);
        store.sources().rebuild();
        assertEquals(reviewed, store.sources().ranking(null));
    }

    @Test
    void oneSourceMonthByMonthUnderAnAlias() {
        story();
        SourceHistory herald = store.sources().source("the Herald").orElseThrow();
        assertEquals("Hill Herald", herald.total().name());
        assertEquals(List.of("2019-11"), herald.months().stream().map(SourceReliability::period).toList());
        assertEquals(herald.total().tally(), herald.months().get(0).tally());
        assertTrue(store.sources().source("Nobody Gazette").isEmpty());
    }
}
