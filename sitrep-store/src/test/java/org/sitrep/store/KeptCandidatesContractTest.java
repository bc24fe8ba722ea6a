package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.store.Fixtures.HTS;
import static org.sitrep.store.Fixtures.NOV_14;
import static org.sitrep.store.Fixtures.SAA;
import static org.sitrep.store.Fixtures.event;
import static org.sitrep.store.Fixtures.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.model.Report;
import org.sitrep.store.db.Sql;
import org.sitrep.store.report.ReportStore;
import org.sitrep.store.review.ReviewAction;

/**
 * Merging with candidate incidents kept between reports groups events exactly as merging that reads
 * them from the store for every report: two writers taking turns on one store (as two processes
 * would, each keeping its own), reports replaced, events rejected and merged by people, against a
 * store where each report is merged by a writer that keeps nothing.
 */
abstract class KeptCandidatesContractTest extends StoreTestBase {
    private static final List<Location> PLACES = List.of(Fixtures.KAFR_TEST, Fixtures.TELL_SAMPLE,
            Fixtures.place("Wadi Probe", "Hama", 35.3, 36.5));
    private static final List<String> OUTLETS = List.of("Hill Herald", "Ridge Monitor", "Valley Courier");

    @TempDir
    Path referenceDir;

    protected KeptCandidatesContractTest(Backend backend) {
        super(backend);
    }

    private static Event random(Random r) {
        var b = event().at(PLACES.get(r.nextInt(PLACES.size()))).date(NOV_14.plusDays(r.nextInt(20)));
        switch (r.nextInt(5)) {
            case 0 -> b.sub("Government regains territory").actors(SAA, HTS);
            case 1 -> b.sub("Shelling/artillery/missile attack");
            case 2 -> b.precision("week");
            case 3 -> b.undated(String.format("--11-%02d", 14 + r.nextInt(3)));
            default -> b.killed(r.nextInt(10));
        }
        return b.build();
    }

    @ParameterizedTest
    @ValueSource(longs = {3, 17, 29})
    void keptCandidatesMergeAsReadOnes(long seed) {
        Random r = new Random(seed);
        List<ReportStore> writers = List.of(new ReportStore(store.database(), store.sources()),
                new ReportStore(store.database(), store.sources()));
        try (Store reference = Store.openDataDir(referenceDir)) {
            for (int i = 0; i < 80; i++) {
                String id = "r" + (i > 10 && r.nextInt(6) == 0 ? r.nextInt(i) : i); // a sixth replace one
                List<Event> events = new ArrayList<>();
                for (int k = r.nextInt(5); k >= 0; k--) {
                    events.add(random(r));
                }
                Report report = report(id, OUTLETS.get(r.nextInt(OUTLETS.size())), NOV_14.plusDays(i % 20),
                        "Body " + i + " " + r.nextLong());
                writers.get(r.nextInt(2)).store(report, events);
                new ReportStore(reference.database(), reference.sources()).store(report, events);
                if (i % 16 == 15) {
                    review(store, reference, r);
                }
            }
            Set<String> grouped = incidents(store);
            assertTrue(grouped.stream().anyMatch(g -> g.split(" ")[0].contains(",")), "some events merged: " + grouped);
            assertEquals(incidents(reference), grouped);
        }
    }

    /** The same people's decision in both stores: reject one incident, or merge two, named by an event. */
    private void review(Store kept, Store reference, Random r) {
        List<String> events = kept.database().read(c -> Sql.list(c, "SELECT report_id || '#' || seq FROM event"
                + " ORDER BY report_id, seq", List.of(), rs -> rs.getString(1)));
        String a = events.get(r.nextInt(events.size()));
        String b = events.get(r.nextInt(events.size()));
        boolean reject = r.nextBoolean();
        for (Store s : List.of(kept, reference)) {
            long ia = incidentOf(s, a);
            long ib = incidentOf(s, b);
            if (reject) {
                s.reviews().review(ia, ReviewAction.REJECT, Map.of(), "ana", "not an event");
            } else if (ia != ib) {
                s.reviews().merge(ia, ib, "ana", "one event");
            }
        }
    }

    private static long incidentOf(Store s, String event) {
        return s.database().read(c -> Sql.first(c, "SELECT incident_id FROM event WHERE report_id || '#' || seq = ?",
                List.of(event), rs -> rs.getLong(1)).orElseThrow());
    }

    /**
     * Each incident as the sorted list of its events (report#seq), its window, figures and summary
     * (the member that represents it): the grouping and what it makes, whatever the ids.
     */
    private static Set<String> incidents(Store s) {
        Map<Long, Set<String>> byIncident = new HashMap<>();
        s.database().read(c -> Sql.list(c, "SELECT incident_id, report_id || '#' || seq FROM event", List.of(),
                rs -> byIncident.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getString(2))));
        Map<Long, String> summaries = new HashMap<>();
        s.database().read(c -> Sql.list(c, "SELECT id, window_start, window_end, fatalities_low, fatalities_high,"
                + " corroboration, summary_json FROM incident", List.of(), rs -> summaries.put(rs.getLong(1),
                        rs.getString(2) + " " + rs.getString(3) + " " + rs.getInt(4) + "-" + rs.getInt(5) + " "
                                + rs.getInt(6) + " " + rs.getString(7))));
        Set<String> out = new TreeSet<>();
        byIncident.forEach((id, events) -> out.add(String.join(",", events) + " " + summaries.get(id)));
        return out;
    }
}
