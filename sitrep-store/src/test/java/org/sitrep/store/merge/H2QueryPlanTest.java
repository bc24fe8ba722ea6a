package org.sitrep.store.merge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.H2Plan;

/**
 * The plans H2 chooses for the queries that made ingest and paging slow as the store grew: each
 * must start from its index, never read the whole table.
 */
class H2QueryPlanTest {
    @TempDir
    Path dataDir;

    @Test
    void aPageOfAllIncidentsIsReadInTheDateIndexOrder() {
        for (String sql : List.of(IncidentStore.DATED_PAGE, IncidentStore.UNDATED_PAGE)) {
            String plan = H2Plan.of(dataDir, sql, List.of(100, 2000));
            assertTrue(plan.contains("INCIDENT_DATE"), plan);
            assertFalse(plan.contains("tableScan"), plan);
        }
    }

    @Test
    void mergingReadsTheCandidateIncidentsFromTheMatchIndexAndTheirEventsByIncident() {
        String plan = H2Plan.of(dataDir, EventMerger.DATED, List.of("Battles", "id:1", LocalDate.of(2019, 11, 14),
                LocalDate.of(2019, 11, 14)));
        assertTrue(plan.contains("INCIDENT_MATCH"), plan);
        assertTrue(plan.contains("INCIDENT_ID = I.ID"), plan);
        assertFalse(plan.contains("tableScan"), plan);
    }
}
