package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Report;
import org.sitrep.store.Store;

class StampedMapTest {
    @TempDir
    Path dataDir;

    @Test
    void keepsValuesUntilTheStoreChangesAndAtMostItsCapacity() {
        try (Store store = Store.openDataDir(dataDir)) {
            StampedMap<Integer, String> map = new StampedMap<>(store.database(), 3);
            List<List<Integer>> asked = new ArrayList<>();
            Function<java.util.Collection<Integer>, Map<Integer, String>> compute = keys -> {
                asked.add(List.copyOf(keys));
                // an odd key has no value
                return keys.stream().filter(k -> k % 2 == 0).collect(Collectors.toMap(k -> k, k -> "v" + k));
            };
            assertEquals(Map.of(2, "v2", 4, "v4"), map.getAll(List.of(1, 2, 4), compute));
            assertEquals(Map.of(2, "v2", 4, "v4", 6, "v6"), map.getAll(List.of(2, 4, 6), compute));
            assertEquals(List.of(List.of(1, 2, 4), List.of(6)), asked, "kept values are not computed again");

            map.getAll(List.of(8), compute);
            asked.clear();
            map.getAll(List.of(4, 6, 8), compute);
            assertEquals(List.of(), asked, "the three most recent are kept");
            map.getAll(List.of(2), compute);
            assertEquals(List.of(List.of(2)), asked, "beyond the capacity the least recent was dropped");

            store.reports().store(new Report("r1", "A note", null, "Outlet", LocalDate.of(2024, 3, 1), null, null,
                    List.of(), null, "Nothing happened.", null, null), List.of());
            asked.clear();
            map.getAll(List.of(2, 4), compute);
            assertEquals(List.of(List.of(2, 4)), asked, "a write to the store drops what was kept");
        }
    }
}
