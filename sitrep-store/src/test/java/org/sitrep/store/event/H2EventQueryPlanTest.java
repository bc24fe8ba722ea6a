package org.sitrep.store.event;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.H2Plan;

/** A page of all events is read in the date index's order, not by sorting every event. */
class H2EventQueryPlanTest {
    @TempDir
    Path dataDir;

    @Test
    void aPageOfAllEventsIsReadInTheDateIndexOrder() {
        String dated = H2Plan.of(dataDir, EventStore.DATED_PAGE, List.of(100, 2000));
        assertTrue(dated.contains("EVENT_DATE") && dated.contains("index sorted"), dated);
        // the undated ones (few: a year unknown) come from the same index, sorted
        String undated = H2Plan.of(dataDir, EventStore.UNDATED_PAGE, List.of(100, 2000));
        assertTrue(undated.contains("EVENT_DATE: EVENT_DATE IS NULL"), undated);
        assertFalse(dated.contains("tableScan") || undated.contains("tableScan"));
    }
}
