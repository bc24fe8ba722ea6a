package org.sitrep.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminAreasTest {

    @TempDir
    Path dir;

    @Test
    void polygonsWithHolesAndIslands() throws IOException {
        List<AdminArea> areas = new GeoJsonAreas(Regions.standard()).read(Fixtures.copy("fixture-areas.geojson", dir)).areas();
        PolygonAreas polygons = new PolygonAreas(areas);
        assertEquals("Alpha", polygons.admin1At(10.2, 10.8).orElseThrow());
        assertTrue(polygons.admin1At(10.5, 10.5).isEmpty(), "inside the hole");
        assertEquals("Beta", polygons.admin1At(10.5, 11.5).orElseThrow());
        assertEquals("Beta", polygons.admin1At(10.2, 13.2).orElseThrow(), "the island");
        assertTrue(polygons.admin1At(10.2, 12.5).isEmpty(), "the sea between");
        assertEquals("Gamma district", polygons.admin2At(10.1, 10.1).orElseThrow(), "level 2 by its pcode's length");
    }

    @Test
    void importedAreasGiveAdminAreasToPlacesThatLackThem() throws IOException {
        Path data = dir.resolve("data");
        AreaImport.Report report = AreaImport.importFile(Fixtures.copy("fixture-areas.geojson", dir), data);
        assertEquals(2, report.admin1());
        assertEquals(1, report.admin2());
        assertEquals(Map.of("no Polygon or MultiPolygon geometry", 1), report.skipped());
        GeonamesImport.importFile(Fixtures.copy("fixture-areas-places.txt", dir), data);

        Gazetteer g = Gazetteers.withoutBuiltin(data, List.of());
        assertEquals(3, g.adminAreas().size());
        Place alphaville = g.geocoder().best("Alphaville", GeoContext.NONE).orElseThrow();
        assertEquals("Alpha", alphaville.admin1());
        assertEquals("Gamma district", alphaville.admin2());
        assertNull(g.geocoder().best("Holeton", GeoContext.NONE).orElseThrow().admin1());
        assertEquals("Beta", g.geocoder().best("Islandia", GeoContext.NONE).orElseThrow().admin1());
    }

    @Test
    void notGeoJsonIsRefusedWithAReason() throws IOException {
        Path bad = dir.resolve("bad.geojson");
        Files.writeString(bad, "{\"type\": \"Topology\"}");
        IOException e = assertThrows(IOException.class, () -> AreaImport.importFile(bad, dir.resolve("data")));
        assertTrue(e.getMessage().contains("not a GeoJSON FeatureCollection"), e.getMessage());
        Files.writeString(bad, "{ not json");
        e = assertThrows(IOException.class, () -> AreaImport.importFile(bad, dir.resolve("data")));
        assertTrue(e.getMessage().startsWith("not valid JSON"), e.getMessage());
    }
}
