package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.db.Database;

/**
 * The H2 file stays compact: every commit is written at once (WRITE_DELAY=0), which leaves chunks
 * part-full and made the file grow to many times its live data; closing the store compacts it when
 * it is mostly dead space, and {@code compactAndClose} does it on demand, unless another process
 * uses the store.
 */
class H2CompactionTest {
    @TempDir
    Path dataDir;

    private static void fill(Store store, int reports) {
        for (int n = 0; n < reports; n++) {
            int i = n;
            store.reports().ingest(Fixtures.report("r" + i, "Outlet " + (i % 7), Fixtures.NOV_14.plusDays(i % 30),
                    "Body of report " + i + " about clashes near Kafr Test."), r -> java.util.List.of(
                    Fixtures.event().date(Fixtures.NOV_14.plusDays(i % 30)).killed(i % 5).build(),
                    Fixtures.event().at(Fixtures.TELL_SAMPLE).sub("Shelling/artillery/missile attack").build()));
        }
    }

    @Test
    void closingCompactsAFileOfMostlyDeadChunks() {
        long open;
        try (Store store = Store.openDataDir(dataDir)) {
            fill(store, 400);
            open = store.database().fileSize();
        }
        long closed = size();
        assertTrue(closed * 2 < open, "closing compacted the file: " + open + " bytes open, " + closed + " closed");
        try (Store store = Store.openDataDir(dataDir)) {
            assertEquals(400, store.reports().count(), "nothing lost");
        }
    }

    @Test
    void compactOnDemandReportsTheSizesAndRefusesWhileAnotherProcessUsesTheStore() throws Exception {
        try (Store store = Store.openDataDir(dataDir)) {
            fill(store, 50);
            // another process: a client of this one through H2's automatic mixed mode
            Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), HoldStoreChild.class.getName(),
                    Database.h2FileUrl(dataDir)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(),
                    StandardCharsets.UTF_8))) {
                assertEquals("OPEN 50", out.readLine(), "the other process sees the store");
                StoreException refused = assertThrows(StoreException.class, store::compactAndClose);
                assertTrue(refused.getMessage().contains("in use by another process"), refused.getMessage());
            } finally {
                other.getOutputStream().close();
                assertTrue(other.waitFor(60, TimeUnit.SECONDS));
            }
            assertEquals(50, store.reports().count(), "the store stays open after a refusal");
            Database.Compaction done = store.compactAndClose();
            assertTrue(done.after() > 0 && done.after() < done.before(), done.toString());
        }
        try (Store store = Store.openDataDir(dataDir)) {
            assertEquals(50, store.reports().count());
        }
    }

    private long size() {
        try {
            return Files.size(dataDir.resolve("sitrep.mv.db"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
