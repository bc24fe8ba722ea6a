package org.sitrep.server.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
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
import org.sitrep.store.control.ControlChange;
import org.sitrep.store.control.Holding;
import org.sitrep.store.control.PlaceRef;
import org.sitrep.store.control.PlaceTimeline;

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

    @Test
    void theCompressedMapsOfDaysBeforeAnIngestsFirstChangeAreKeptTheOthersMadeAgain() throws IOException {
        LocalDate march5 = LocalDate.of(2024, 3, 5);
        LocalDate march13 = LocalDate.of(2024, 3, 13);
        try (Store store = Store.openDataDir(dataDir)) {
            ApiFixturesAccess.load(store);
            ControlData data = new ControlData(store);
            byte[] march5Before = data.gzippedMapOn(march5);
            data.gzippedMapOn(march13);

            ApiFixturesAccess.loadLater(store); // its first change of control is dated March 12
            assertTrue(data.keptCompressed(march5), "March 5's holders did not change");
            assertSame(march5Before, data.gzippedMapOn(march5), "so its map is not compressed again");
            assertFalse(data.keptCompressed(march13), "March 13's did");
            for (LocalDate day : List.of(march5, march13)) {
                assertArrayEquals(writtenWhole(store, day), gunzip(data.gzippedMapOn(day)), () -> "on " + day);
            }
        }
    }

    @Test
    void mapsAreKeptWithinTheirBudgetOfBytes() {
        try (Store store = Store.openDataDir(dataDir)) {
            ApiFixturesAccess.load(store);
            ControlData data = new ControlData(store, 1);
            data.gzippedMapOn(MARCH_19);
            data.gzippedMapOn(MARCH_19.minusDays(1));
            assertFalse(data.keptCompressed(MARCH_19), "over the budget, the day asked for before goes");
            assertTrue(data.keptCompressed(MARCH_19.minusDays(1)), "the last one asked for stays");
        }
    }

    @Test
    void placesInAnotherOrderMakeEveryMapAgain() {
        PlaceTimeline north = timeline("north", "2024-03-01");
        PlaceTimeline south = timeline("south", "2024-03-10");
        PlaceTimeline east = timeline("east", "2024-03-20");
        assertEquals(LocalDate.parse("2024-03-20").toEpochDay(),
                ControlData.firstChangedDay(List.of(north, south), List.of(north, south, east)), "a place added");
        assertEquals(LocalDate.parse("2024-03-10").toEpochDay(),
                ControlData.firstChangedDay(List.of(north, south, east), List.of(north, east)), "a place gone");
        assertEquals(Long.MIN_VALUE, ControlData.firstChangedDay(List.of(north, south), List.of(south, north)),
                "the same timelines in another order: the maps list their features in another order");
    }

    private static PlaceTimeline timeline(String key, String day) {
        PlaceRef place = new PlaceRef(key, key, "A", "Syria", 35.0, 37.0);
        ControlChange change = new ControlChange(1, LocalDate.parse(day), "day", null, "rebels", "rebels", false,
                List.of());
        return new PlaceTimeline(place, List.of(change), List.of(), List.of());
    }

    private static byte[] writtenWhole(Store store, LocalDate day) {
        List<Holding> holdings = store.control().timelines().stream().map(t -> t.holderOn(day))
                .filter(h -> h.basis() != null).toList();
        return Responses.toBytes(ControlMap.of(day, holdings));
    }

    private static void assertEveryDaysMapIsTheMapWrittenWhole(Store store, ControlData data) {
        for (LocalDate date = LocalDate.of(2024, 2, 28); date.isBefore(LocalDate.of(2024, 3, 20));
                date = date.plusDays(1)) {
            LocalDate day = date;
            assertArrayEquals(writtenWhole(store, day), data.mapOn(day).bytes(), () -> "on " + day);
        }
    }

    private static byte[] gunzip(byte[] gzipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        }
    }
}
