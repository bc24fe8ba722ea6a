package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Report;
import org.sitrep.store.Store;

class StoreStampTest {
    @TempDir
    Path dataDir;

    @Test
    void aWriteThroughThisProcessIsSeenAtOnceAndOtherwiseTheStampIsReused() {
        try (Store store = Store.openDataDir(dataDir)) {
            StoreStamp before = StoreStamp.read(store.database());
            assertEquals(before, StoreStamp.read(store.database()), "nothing written: the same stamp");
            store.reports().store(new Report("r1", "A note", null, "Outlet", LocalDate.of(2024, 3, 1), null, null,
                    List.of(), null, "Nothing happened.", null, null), List.of());
            StoreStamp after = StoreStamp.read(store.database());
            assertNotEquals(before, after, "a report stored by this process shows at once");
            assertEquals(null, before.lastIngest());
            assertNotEquals(null, after.lastIngest());
            store.reports().store(new Report("r1", "A note", null, "Outlet", LocalDate.of(2024, 3, 1), null, null,
                    List.of(), null, "Nothing happened, a correction said.", null, null), List.of());
            assertNotEquals(after, StoreStamp.read(store.database()), "a report replaced shows at once");
        }
    }
}
