package org.sitrep.server.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.server.ApiFixturesAccess;
import org.sitrep.server.geojson.ControlMap;
import org.sitrep.store.Store;
import org.sitrep.store.control.Holding;

class ControlDataTest {
    @TempDir
    Path dataDir;

    @Test
    void theMapSplicedFromWrittenFeaturesIsTheMapWrittenWhole() {
        try (Store store = Store.openDataDir(dataDir)) {
            ApiFixturesAccess.load(store);
            ControlData data = new ControlData(store);
            for (LocalDate date = LocalDate.of(2024, 2, 28); date.isBefore(LocalDate.of(2024, 3, 20));
                    date = date.plusDays(1)) {
                LocalDate day = date;
                List<Holding> holdings = store.control().timelines().stream().map(t -> t.holderOn(day))
                        .filter(h -> h.basis() != null).toList();
                byte[] whole = Responses.toBytes(ControlMap.of(day, holdings));
                assertArrayEquals(whole, data.mapOn(day).bytes(), () -> "on " + day);
            }
            String later = new String(data.mapOn(LocalDate.of(2024, 3, 19)).bytes(), StandardCharsets.UTF_8);
            assertTrue(later.contains("\"features\":[{"), "the fixtures hold places by then: " + later);
        }
    }
}
