package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.db.Database;
import org.sitrep.store.report.StoredReport;

/**
 * Group commit on the H2 file ({@code Database.groupCommit}): what a batch stored is in the file
 * when the batch returns, a write outside a running batch is in the file when it returns, and a
 * process killed in a batch leaves a store whole. The writer is a child process, killed.
 */
class GroupCommitTest {
    @TempDir
    Path dataDir;

    @Test
    void aBatchsReportsAreInTheFileWhenItReturnsThoughAnotherBatchRuns() throws Exception {
        String url = Database.h2FileUrl(dataDir);
        killAfter(url, "acknowledged", List.of("ACKED"));
        try (Store store = Store.open(url)) {
            List<String> ids = reportIds(store);
            assertTrue(ids.containsAll(List.of("batch-0", "batch-1", "batch-2")), () -> "stored: " + ids);
            StoreConsistency.check(store);
        }
    }

    @Test
    void aWriteOutsideARunningBatchIsInTheFileWhenItReturns() throws Exception {
        String url = Database.h2FileUrl(dataDir);
        killAfter(url, "outside", List.of("BATCH RUNNING", "PLAIN STORED"));
        try (Store store = Store.open(url)) {
            List<String> ids = reportIds(store);
            assertTrue(ids.contains("plain-0"), () -> "stored: " + ids);
            StoreConsistency.check(store);
        }
    }

    @Test
    void aWriteFromAnotherProcessIsInTheFileWhenItReturnsThoughTheServingOneRunsABatch() throws Exception {
        String url = Database.h2FileUrl(dataDir);
        killAfter(url, "batch", List.of("BATCH RUNNING"), () -> {
            // the child holds the file: this store is a client of its engine, by a URL that leaves the
            // engine's write delay as it is (H2 applies a URL's settings to the engine on connecting)
            try (Store client = Store.open(url.replace(";WRITE_DELAY=0", ""))) {
                store(client, "from-client");
            }
        });
        try (Store store = Store.open(url)) {
            List<String> ids = reportIds(store);
            assertTrue(ids.contains("from-client"), () -> "stored: " + ids);
            StoreConsistency.check(store);
        }
    }

    @Test
    void eachReportOfABatchIsSeenByReadersOnceStored() {
        try (Store store = Store.open(Database.h2FileUrl(dataDir))) {
            store.database().groupCommit(() -> {
                for (String id : List.of("first", "second")) {
                    store(store, id);
                    assertTrue(store.reports().find(id).isPresent(), id + " not seen inside the batch");
                }
                return null;
            });
            assertEquals(List.of("first", "second"), reportIds(store));
        }
    }

    private static void store(Store store, String id) {
        store.reports().ingest(Fixtures.report(id, "Outlet", Fixtures.NOV_14, "body " + id),
                r -> List.of(Fixtures.event().killed(1).build()));
    }

    private static List<String> reportIds(Store store) {
        return store.reports().list(PageRequest.first(20)).items().stream().map(StoredReport::id).sorted().toList();
    }

    /** Runs {@link GroupCommitChild} in a mode, checks its lines, and kills it. */
    private static void killAfter(String url, String mode, List<String> expected) throws Exception {
        killAfter(url, mode, expected, () -> { });
    }

    /** As above, running {@code meanwhile} after the lines and before the kill. */
    private static void killAfter(String url, String mode, List<String> expected, Runnable meanwhile)
            throws Exception {
        KilledChild.killAfter(GroupCommitChild.class, List.of(url, mode), expected, meanwhile);
    }
}
