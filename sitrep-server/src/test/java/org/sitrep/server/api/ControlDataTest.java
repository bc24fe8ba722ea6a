package org.sitrep.server.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.server.ApiFixturesAccess;
import org.sitrep.server.geojson.ControlMap;
import org.sitrep.store.Store;
import org.sitrep.store.control.Holding;

class ControlDataTest {
    @TempDir
    Path dataDir;

    private static final LocalDate MARCH_19 = LocalDate.of(2024, 3, 19);

    @Test
    void theMapSplicedFromWrittenFeaturesIsTheMapWrittenWhole() {
        try (Store store = Store.openDataDir(dataDir)) {
            ApiFixturesAccess.load(store);
            ControlData data = new ControlData(store);
            assertEveryDaysMapIsTheMapWrittenWhole(store, data);
            String later = new String(data.mapOn(MARCH_19).bytes(), StandardCharsets.UTF_8);
            assertTrue(later.contains("\"features\":[{"), "the fixtures hold places by then: " + later);
        }
    }

    @Test
    void anIngestRemakesTheMapsAskedForLatelyAndTheTouchedPlacesFeatures() throws IOException {
        try (Store store = Store.openDataDir(dataDir)) {
            ApiFixturesAccess.load(store);
            ControlData data = new ControlData(store);
            assertEveryDaysMapIsTheMapWrittenWhole(store, data); // every place's features written
            byte[] before = gunzip(data.gzippedMapOn(MARCH_19));

            ApiFixturesAccess.loadLater(store); // Tall Thani retaken, Qaryat Ula taken
            data.refresh();
            assertTrue(data.keptCompressed(MARCH_19), "made on refresh, before anyone asks");
            assertFalse(data.keptCompressed(MARCH_19.plusDays(1)), "a day nobody asked for is left");
            byte[] after = gunzip(data.gzippedMapOn(MARCH_19));
            assertFalse(Arrays.equals(before, after), "the map of March 19 changed with the report");
            assertArrayEquals(data.mapOn(MARCH_19).bytes(), after);
            assertEveryDaysMapIsTheMapWrittenWhole(store, data); // no feature of before the report kept
        }
    }

    private static void assertEveryDaysMapIsTheMapWrittenWhole(Store store, ControlData data) {
        for (LocalDate date = LocalDate.of(2024, 2, 28); date.isBefore(LocalDate.of(2024, 3, 20));
                date = date.plusDays(1)) {
            LocalDate day = date;
            List<Holding> holdings = store.control().timelines().stream().map(t -> t.holderOn(day))
                    .filter(h -> h.basis() != null).toList();
            byte[] whole = Responses.toBytes(ControlMap.of(day, holdings));
            assertArrayEquals(whole, data.mapOn(day).bytes(), () -> "on " + day);
        }
    }

    private static byte[] gunzip(byte[] gzipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        }
    }
}
