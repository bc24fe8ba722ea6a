package org.sitrep.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks against the shared Syrian test gazetteer and governorate polygons (skipped without them). */
class SharedGazetteerTest {

    @TempDir
    Path data;

    @Test
    void governoratePolygonsPlaceKnownCities() throws IOException {
        Path geojson = SharedData.file("gazetteer/syria-admin1.geojson");
        AreaImport.Report report = AreaImport.importFile(geojson, data);
        assertEquals(14, report.admin1());
        PolygonAreas areas = new PolygonAreas(AreaImport.load(data));
        assertEquals("Damascus", areas.admin1At(33.513, 36.292).orElseThrow());
        assertEquals("Aleppo", areas.admin1At(36.202, 37.134).orElseThrow());
        assertEquals("Hama", areas.admin1At(35.132, 36.75).orElseThrow());
        assertEquals("Deir ez-Zor", areas.admin1At(34.45, 40.92).orElseThrow());
        assertEquals("Rif Dimashq", areas.admin1At(33.57, 36.40).orElseThrow(), "Douma, around Damascus' hole");
    }

    /** Our table maps GeoNames' admin1 codes for Syria to the same governorates as OCHA's pcodes. */
    @Test
    void geonamesAdmin1CodesAgreeWithOchaPcodes() throws IOException {
        Path places = SharedData.file("gazetteer/syria-places.tsv");
        Map<Long, String> ocha = new HashMap<>();
        Regions regions = Regions.standard();
        for (String line : Files.readAllLines(places, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            long id = Long.parseLong(f[0]);
            if (id < 900_000_000L) {
                ocha.put(id, regions.byAdmin1Code("SY", f[10]).orElseThrow().name());
            }
        }
        Gazetteer builtin = Gazetteers.builtin();
        int compared = 0;
        int agree = 0;
        Map<Long, Place> byId = new HashMap<>();
        for (Region r : regions.all()) {
            if (r.admin1Level()) {
                for (int n : builtin.index().inAdmin1(NameKey.of(r.name()))) {
                    Place p = builtin.index().place(n);
                    byId.put(p.id(), p);
                }
            }
        }
        for (var e : ocha.entrySet()) {
            Place p = byId.get(e.getKey());
            if (p != null) {
                compared++;
                agree += e.getValue().equals(p.admin1()) ? 1 : 0;
            }
        }
        assertTrue(compared > 250, "compared " + compared);
        // a few points near a border differ between GeoNames' codes and OCHA's polygons
        assertTrue(agree >= compared * 0.95, agree + " of " + compared + " agree");
    }

    @Test
    void importingTheSharedGazetteerReportsEveryRow() throws IOException {
        Path places = SharedData.file("gazetteer/syria-places.tsv");
        GeonamesImport.Report report = GeonamesImport.importFile(places, data);
        assertEquals(1752, report.places());
        assertEquals(0, report.skippedLines());
        Gazetteer g = Gazetteers.withoutBuiltin(data, List.of());
        assertEquals(1753, g.size(), "and Syria as a country, at its capital");
        assertEquals("Deir ez-Zor", g.geocoder().best("Abu Kamal", GeoContext.NONE).orElseThrow().admin1());
    }
}
