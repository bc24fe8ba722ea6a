package org.sitrep.store.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.store.Fixtures.HTS;
import static org.sitrep.store.Fixtures.NOV_14;
import static org.sitrep.store.Fixtures.SAA;
import static org.sitrep.store.Fixtures.event;
import static org.sitrep.store.Fixtures.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.store.Fixtures;
import org.sitrep.store.Store;
import org.sitrep.store.db.Sql;
import org.sitrep.store.review.ReviewAction;

/**
 * The tallies and evidence rows kept report by report equal a recount from scratch, whatever the order: random
 * captures, recaptures, clashes and denials at a few places over six weeks, reports replaced,
 * events reviewed.
 */
class IncrementalTallyTest {
    private static final List<String> OUTLETS = List.of("Hill Herald", "Ridge Monitor", "Valley Courier",
            "River Gazette", "Dawn Agency", "Unknown Blog");
    private static final List<Location> PLACES = List.of(Fixtures.KAFR_TEST, Fixtures.TELL_SAMPLE,
            Fixtures.ABU_EXAMPLE, Fixtures.place("Wadi Probe", "Hama", 35.3, 36.5));

    @TempDir
    Path dir;

    private static Event random(Random r) {
        Location at = PLACES.get(r.nextInt(PLACES.size()));
        var b = event().at(at).date(NOV_14.plusDays(r.nextInt(42)));
        switch (r.nextInt(4)) {
            case 0 -> b.sub("Government regains territory").actors(SAA, HTS);
            case 1 -> b.sub("Non-state actor overtakes territory").actors(HTS, SAA);
            default -> b.killed(r.nextInt(3) == 0 ? 0 : 1 + r.nextInt(30));
        }
        if (r.nextInt(8) == 0) {
            b.says(OUTLETS.get(r.nextInt(OUTLETS.size())), "denied");
        }
        return b.build();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(longs = {7, 11, 23, 42, 99})
    void keptTalliesEqualARecount(long seed) throws Exception {
        Files.writeString(dir.resolve(SourceRegistry.DATA_FILE), String.join("\n",
                "Valley Courier\t\toutlet\tgovernment\tValley Media\t",
                "River Gazette\t\toutlet\tgovernment\tValley Media\t",
                "Dawn Agency\t\tagency\topposition\t\tRidge Monitor") + "\n");
        Random r = new Random(seed);
        try (Store store = Store.openDataDir(dir)) {
            for (int i = 0; i < 60; i++) {
                // a fifth of the reports replace an earlier one of the same id
                String id = "r" + (i > 10 && r.nextInt(5) == 0 ? r.nextInt(i) : i);
                List<Event> events = new ArrayList<>();
                for (int k = r.nextInt(4); k >= 0; k--) {
                    events.add(random(r));
                }
                store.reports().store(report(id, OUTLETS.get(r.nextInt(OUTLETS.size())), NOV_14.plusDays(i),
                        "Body " + i + " " + r.nextInt()), events);
                if (i % 15 == 14) {
                    review(store, r);
                }
            }
            Map<String, List<SourceReliability>> kept = Map.of("all", store.sources().ranking(null),
                    "2019-11", store.sources().ranking("2019-11"), "2019-12", store.sources().ranking("2019-12"));
            assertTrue(kept.get("all").stream().mapToInt(s -> s.tally().reversed()).sum() > 0, "the data has reversals");
            assertTrue(kept.get("all").stream().mapToInt(s -> s.tally().contradicted()).sum() > 0);
            List<String> keptRows = evidenceRows(store);
            store.sources().rebuild();
            for (String period : kept.keySet()) {
                assertEquals(kept.get(period), store.sources().ranking(period), period);
            }
            // and each incident's evidence rows, written only where they changed, equal the recount's
            assertEquals(evidenceRows(store), keptRows);
        }
    }

    private static List<String> evidenceRows(Store store) {
        return store.database().read(c -> Sql.list(c, "SELECT * FROM source_claim ORDER BY incident_id, source_key",
                List.of(), rs -> ReliabilityUpdater.evidence(rs).toString()));
    }

    private static void review(Store store, Random r) {
        List<Long> ids = store.database().read(c -> Sql.list(c, "SELECT id FROM incident ORDER BY id", List.of(),
                rs -> rs.getLong(1)));
        long id = ids.get(r.nextInt(ids.size()));
        ReviewAction action = r.nextBoolean() ? ReviewAction.CONFIRM : ReviewAction.REJECT;
        store.reviews().review(id, action, Map.of(), "ana", "checked");
    }
}
