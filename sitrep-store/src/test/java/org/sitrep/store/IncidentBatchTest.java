package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.store.Fixtures.HTS;
import static org.sitrep.store.Fixtures.NOV_14;
import static org.sitrep.store.Fixtures.SAA;
import static org.sitrep.store.Fixtures.TELL_SAMPLE;
import static org.sitrep.store.Fixtures.event;
import static org.sitrep.store.Fixtures.report;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.event.EventQuery;
import org.sitrep.store.merge.Incident;

/** {@code IncidentStore.get(ids)}: a page of incidents in one read, the same as one by one. */
class IncidentBatchTest {
    @TempDir
    Path dataDir;

    @Test
    void manyIdsGiveTheIncidentsOneByOneWouldInTheOrderAsked() {
        try (Store store = Store.openDataDir(dataDir)) {
            store.reports().store(report("a", "Outlet A", NOV_14, "One. Two."), List.of(
                    event().killed(3).evidence("One.").build(),
                    event().sub("Government regains territory").at(TELL_SAMPLE).evidence("Two.").build()));
            store.reports().store(report("b", "Outlet B", NOV_14, "One again."), List.of(
                    event().actors(HTS, SAA).killed(5).evidence("One again.").build()));
            List<Incident> all = store.incidents().find(EventQuery.all(), PageRequest.first(10)).items();
            assertEquals(2, all.size());
            List<Long> asked = List.of(all.get(1).id(), 999_999L, all.get(0).id());
            List<Incident> got = store.incidents().get(asked);
            assertEquals(List.of(store.incidents().get(asked.get(0)).orElseThrow(),
                    store.incidents().get(asked.get(2)).orElseThrow()), got);
            assertEquals(2, got.get(1).claims().size(), "the clash is told by both outlets");
            assertEquals(List.of(), store.incidents().get(List.of()));
        }
    }
}
