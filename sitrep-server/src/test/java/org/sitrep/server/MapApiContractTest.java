package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.actor.ActorDictionary;
import org.sitrep.gazetteer.AdminArea;
import org.sitrep.server.export.ExportFormat;
import org.sitrep.server.export.Exporter;
import org.sitrep.server.map.MapLayers;
import org.sitrep.server.map.TileLayer;
import org.sitrep.store.Store;
import org.sitrep.store.event.EventQuery;

/**
 * The endpoints the web map uses beyond the API's lists (clusters, events per day, downloads, tile
 * layers and admin areas) on a real server over {@link ApiFixtures}: five placed events (a clash
 * and an undated arrest at Qaryat Ula, a capture and a retaking at Tall Thani, an air strike at
 * Madina Thalitha) and a protest at a place without coordinates. Run on H2 and PostgreSQL.
 */
abstract class MapApiContractTest extends ServedFixturesTest {
    static final String SYRIA = "&bbox=35,32,38,37";
    static final String WORLD = "&bbox=-180,-85,180,85";
    static final String TILES = "https://{s}.tiles.example.org/{z}/{x}/{y}.png";
    static final AdminArea SQUARE = new AdminArea(1, "SY", "SY07", "Idlib", "إدلب",
            List.of(new double[] {36.0, 35.5, 37.0, 35.5, 37.0, 36.5, 36.0, 36.5, 36.0, 35.5},
                    new double[] {36.4, 35.9, 36.6, 35.9, 36.6, 36.1, 36.4, 35.9}),
            36.0, 35.5, 37.0, 36.5);

    protected MapApiContractTest(Backend backend) {
        super(backend);
    }

    @Override
    protected ServerConfig config(Store store) {
        MapLayers layers = new MapLayers(List.of(TileLayer.of(TILES, "© Example")), () -> List.of(SQUARE));
        return ServerConfig.of(store, () -> r -> List.of()).withMap(layers);
    }

    private JsonNode ok(String path) {
        Http.Answer a = http.get(path);
        assertEquals(200, a.status(), a.text());
        return a.json();
    }

    private void refused(String path, String detailPart) {
        Http.Answer a = http.get(path);
        assertEquals(400, a.status(), a.text());
        assertTrue(a.json().get("detail").asText().contains(detailPart), a.text());
    }

    @Test
    void atZoomZeroEveryPlacedEventIsInOneCluster() {
        JsonNode view = ok("/api/clusters?zoom=0" + WORLD);
        assertEquals(5, view.get("total").asLong(), "the protest has no coordinates");
        assertEquals(1, view.get("clusters").size(), view.toString());
        JsonNode c = view.get("clusters").get(0);
        assertEquals(5, c.get("count").asLong());
        assertEquals(3, c.get("types").get("Battles").asLong());
        assertEquals(1, c.get("types").get("Explosions/Remote violence").asLong());
        assertEquals(1, c.get("types").get("Strategic developments").asLong());
        assertEquals("Battles", c.get("types").fieldNames().next(), "most frequent type first");
        assertEquals(List.of(36.1, 32.6, 36.9, 35.9), numbers(c.get("bbox")));
        assertTrue(c.get("event").isNull());
        double lat = (35.9 * 2 + 35.3 * 2 + 32.6) / 5;
        assertEquals(lat, c.get("latitude").asDouble(), 1e-9);
    }

    @Test
    void eventsAtOnePlaceStayOneClusterAtAnyZoom() {
        JsonNode view = ok("/api/clusters?zoom=14&bbox=36.89,35.29,36.91,35.31");
        assertEquals(1, view.get("clusters").size(), view.toString());
        JsonNode c = view.get("clusters").get(0);
        assertEquals(2, c.get("count").asLong(), "the capture and the retaking of Tall Thani");
        assertEquals(List.of(36.9, 35.3, 36.9, 35.3), numbers(c.get("bbox")));
    }

    @Test
    void aCellWithOneEventCarriesIt() {
        JsonNode view = ok("/api/clusters?zoom=10&bbox=36,32.5,36.2,32.7");
        assertEquals(1, view.get("clusters").size(), view.toString());
        JsonNode e = view.get("clusters").get(0).get("event");
        assertEquals("Explosions/Remote violence", e.get("event_type").asText());
        assertEquals("Air/drone strike", e.get("sub_event_type").asText());
        assertEquals("Madina Thalitha", e.get("place").asText());
        assertEquals("2024-03-02", e.get("date").asText());
        assertEquals(2, e.get("fatalities").asInt());
        JsonNode listed = ok("/api/events?bbox=36,32.5,36.2,32.7").get("items");
        assertEquals(listed.get(0).get("id").asLong(), e.get("id").asLong());
    }

    @Test
    void clustersHoldWhatTheEventListHoldsForTheSameFilters() {
        for (String filters : List.of("", "&type=Battles", "&side=opposition", "&from=2024-03-02",
                "&source=Outlet%20Two", "&text=Tall%20Thani", "&actor=Rebel%20Front&to=2024-03-05")) {
            for (int zoom : List.of(5, 7, 9)) {
                JsonNode view = ok("/api/clusters?zoom=" + zoom + SYRIA + filters);
                long summed = 0;
                for (JsonNode c : view.get("clusters")) {
                    summed += c.get("count").asLong();
                }
                long listed = ok("/api/events?size=1" + SYRIA + filters).get("total").asLong();
                assertEquals(listed, view.get("total").asLong(), filters + " at zoom " + zoom);
                assertEquals(listed, summed, filters + " at zoom " + zoom);
            }
        }
        assertEquals(3, ok("/api/clusters?zoom=0&type=Battles" + WORLD).get("total").asLong());
    }

    @Test
    void moreZoomMeansMoreClustersNeverFewer() {
        int previous = 0;
        for (int zoom = 4; zoom <= 9; zoom++) {
            int n = ok("/api/clusters?zoom=" + zoom + SYRIA).get("clusters").size();
            assertTrue(n >= previous, "zoom " + zoom + ": " + n + " < " + previous);
            previous = n;
        }
        assertEquals(3, previous, "three places apart at zoom 9");
    }

    @Test
    void theMapFollowsTheStore() {
        assertEquals(5, ok("/api/clusters?zoom=0" + WORLD).get("total").asLong());
        store.reports().store(ApiFixtures.report("2024-03-11_new", "Outlet Four", ApiFixtures.MARCH_10,
                "Shelling hit Madina Thalitha."), List.of(ApiFixtures.event(ApiFixtures.MARCH_10,
                "Shelling/artillery/missile attack", ApiFixtures.REBELS, null, ApiFixtures.MADINA_THALITHA, 0, null,
                "Shelling hit Madina Thalitha.")));
        assertEquals(6, ok("/api/clusters?zoom=0" + WORLD).get("total").asLong());
        assertEquals(2, days(ok("/api/event-days")).get("2024-03-10"));
    }

    @Test
    void clustersNeedAViewAndAZoom() {
        refused("/api/clusters?zoom=5", "'bbox' is required");
        refused("/api/clusters?bbox=35,32,38,37", "'zoom' is required");
        refused("/api/clusters?zoom=x" + SYRIA, "whole number");
        refused("/api/clusters?zoom=23" + SYRIA, "0 to 22");
        refused("/api/clusters?zoom=16" + SYRIA, "cells at zoom 16");
        refused("/api/clusters?zoom=5&page=2" + SYRIA, "unknown parameter 'page'");
        refused("/api/clusters?zoom=5&type=Battle" + SYRIA, "unknown event type");
    }

    @Test
    void eventDaysGiveTheSlidersRangeAndCounts() {
        JsonNode all = ok("/api/event-days");
        assertEquals("2024-03-01", all.get("first").asText());
        assertEquals("2024-03-10", all.get("last").asText());
        assertEquals(1, all.get("undated").asLong(), "the arrest's year is unknown");
        assertEquals(Map.of("2024-03-01", 2L, "2024-03-02", 1L, "2024-03-09", 1L, "2024-03-10", 1L), days(all));

        JsonNode battles = ok("/api/event-days?type=Battles");
        assertEquals(Map.of("2024-03-01", 2L, "2024-03-09", 1L), days(battles));
        assertEquals(0, battles.get("undated").asLong());

        JsonNode none = ok("/api/event-days?actor=Nobody");
        assertTrue(none.get("first").isNull());
        assertEquals(0, none.get("days").size());
        refused("/api/event-days?zoom=3", "unknown parameter 'zoom'");
    }

    @Test
    void downloadsAreWhatTheExportCommandWrites() throws Exception {
        for (ExportFormat format : ExportFormat.values()) {
            Http.Answer a = http.get("/api/export?format=" + format.label() + "&type=Battles");
            assertEquals(200, a.status(), a.text());
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            new Exporter(store, ActorDictionary::bundled).export(EventQuery.builder().eventType("Battles").build(), format, expected);
            assertEquals(expected.toString(StandardCharsets.UTF_8), a.text(), format.label());
            String disposition = a.raw().headers().firstValue("Content-Disposition").orElse("");
            assertTrue(disposition.startsWith("attachment; filename=\"sitrep-"), disposition);
        }
        Http.Answer csv = http.get("/api/export?format=acled-csv" + SYRIA);
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertEquals(1 + 4, csv.text().lines().count(), "header and the dated placed events: " + csv.text());
        JsonNode geojson = ok("/api/export?format=geojson");
        assertEquals(5, geojson.get("features").size(), "placed events only");
        refused("/api/export?type=Battles", "'format' is required");
        refused("/api/export?format=xlsx", "unknown export format 'xlsx'");
        refused("/api/export?format=geojson&size=10", "unknown parameter 'size'");
    }

    @Test
    void sidesFollowTheConflictAsked() {
        JsonNode ukraine = ok("/api/sides?country=ua");
        assertEquals("UA", ukraine.get("country").asText());
        List<String> keys = new java.util.ArrayList<>();
        ukraine.get("sides").forEach(s -> keys.add(s.get("key").asText()));
        assertTrue(keys.containsAll(List.of("ukraine", "russia")), keys::toString);
        assertTrue(ukraine.get("sides").get(0).get("colour").asText().matches("#[0-9a-f]{6}"));
        assertEquals("government", ok("/api/sides?country=SY").get("sides").get(0).get("key").asText());
        assertEquals(0, ok("/api/sides?country=NZ").get("sides").size(), "no dictionary: no sides");
        assertTrue(ok("/api/sides").has("SD"));
        refused("/api/sides?country=Syria", "'country'");
    }

    @Test
    void layersListTheConfiguredTilesAndTheAreaCount() {
        JsonNode layers = ok("/api/layers");
        assertEquals(1, layers.get("tiles").size());
        assertEquals(TILES, layers.get("tiles").get(0).get("url").asText());
        assertEquals("tiles.example.org", layers.get("tiles").get(0).get("name").asText());
        assertEquals("© Example", layers.get("tiles").get(0).get("attribution").asText());
        assertEquals(1, layers.get("areas").asInt());
    }

    @Test
    void areasAreGeoJsonPolygonsWithAllTheirRings() {
        Http.Answer a = http.get("/api/areas");
        assertEquals(200, a.status());
        assertTrue(a.contentType().startsWith("application/geo+json"), a.contentType());
        JsonNode f = a.json().get("features").get(0);
        assertEquals("SY07", f.get("id").asText());
        assertEquals("Idlib", f.get("properties").get("name").asText());
        assertEquals("إدلب", f.get("properties").get("name_ar").asText());
        assertEquals(1, f.get("properties").get("level").asInt());
        assertEquals("Polygon", f.get("geometry").get("type").asText());
        JsonNode rings = f.get("geometry").get("coordinates");
        assertEquals(2, rings.size(), "the hole is kept");
        assertEquals(List.of(36.0, 35.5), numbers(rings.get(0).get(0)));
        assertEquals(4, rings.get(1).size());
    }

    @Test
    void thePageIsServedWithAStrictPolicyAndLeafletAndTheOutlinesAreThere() {
        Http.Answer page = http.get("/");
        assertEquals(200, page.status());
        String policy = page.raw().headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'self';"), policy);
        assertTrue(policy.contains("img-src 'self' data: blob: https://*.tiles.example.org;"), policy);
        assertEquals(200, http.get("/webjars/leaflet/1.9.4/dist/leaflet.js").status());
        JsonNode outlines = ok("/basemap/countries.geojson");
        List<String> names = new ArrayList<>();
        outlines.get("features").forEach(c -> names.add(c.get("properties").get("name").asText()));
        assertTrue(names.containsAll(List.of("Syria", "Iraq", "Turkey", "Lebanon", "Jordan", "Israel")), names.toString());
    }

    private static List<Double> numbers(JsonNode array) {
        List<Double> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asDouble()));
        return out;
    }

    private static Map<String, Long> days(JsonNode answer) {
        Map<String, Long> out = new java.util.TreeMap<>();
        answer.get("days").forEach(d -> out.put(d.get("date").asText(), d.get("events").asLong()));
        return out;
    }

    @Test
    void theBaseMapNamesCitiesAtACountrysScaleAndVillagesZoomedIn() {
        JsonNode country = ok("/api/place-labels?zoom=6" + SYRIA).get("labels");
        List<String> names = new ArrayList<>();
        country.forEach(l -> names.add(l.get("name").asText()));
        assertTrue(names.contains("Aleppo") && names.contains("Damascus"), names.toString());
        assertEquals(1, country.get(0).get("rank").asInt(), "the largest place, a city, comes first");
        assertTrue(country.size() < 120, "a country's view is not crowded with every village: " + country.size());

        JsonNode town = ok("/api/place-labels?zoom=11&bbox=36.55,35.85,36.75,35.99").get("labels");
        assertTrue(town.size() >= 3, "around Idlib the villages are named: " + town);
        town.forEach(l -> {
            double lon = l.get("longitude").asDouble();
            double lat = l.get("latitude").asDouble();
            assertTrue(lon >= 36.55 && lon <= 36.75 && lat >= 35.85 && lat <= 35.99, l.toString());
        });
        List<Integer> ranks = new ArrayList<>();
        town.forEach(l -> ranks.add(l.get("rank").asInt()));
        assertTrue(ranks.contains(3), "villages at zoom 11: " + town);

        refused("/api/place-labels?zoom=6", "'bbox' is required");
        refused("/api/place-labels?bbox=35,32,38,37", "'zoom' is required");
        refused("/api/place-labels?zoom=40" + SYRIA, "'zoom' must be 0 to 20");
        refused("/api/place-labels?zoom=6&bbox=35,32,38", "'bbox' must be four numbers");
    }
}
