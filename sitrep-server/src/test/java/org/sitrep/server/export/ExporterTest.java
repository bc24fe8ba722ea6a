package org.sitrep.server.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.extract.actor.ActorDictionary;
import org.sitrep.json.SitrepJson;
import org.sitrep.model.Event;
import org.sitrep.server.ApiFixturesAccess;
import org.sitrep.store.Store;
import org.sitrep.store.event.EventQuery;
import org.sitrep.store.event.StoredEvent;

class ExporterTest {
    @TempDir
    Path dataDir;

    private Store store;

    @BeforeEach
    void open() {
        store = Store.openDataDir(dataDir);
        ApiFixturesAccess.load(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private String export(EventQuery q, ExportFormat f, ExportSummary[] summary) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        summary[0] = new Exporter(store, ActorDictionary::bundled).export(q, f, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void acledCsvHasAcledsColumnsAndConventions() throws Exception {
        ExportSummary[] s = new ExportSummary[1];
        List<List<String>> rows = Csv.parse(export(EventQuery.all(), ExportFormat.ACLED_CSV, s));
        assertEquals(List.of("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
                "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
                "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
                "fatalities", "tags", "timestamp", "review_status", "reviewer", "corrections"), rows.get(0));
        assertEquals(5, s[0].written());
        assertEquals(1, s[0].skipped(), "the arrest whose year is unknown");
        Map<String, Map<String, String>> bySubType = new HashMap<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < r.size(); i++) {
                m.put(rows.get(0).get(i), r.get(i));
            }
            bySubType.put(m.get("sub_event_type"), m);
        }
        Map<String, String> clash = bySubType.get("Armed clash");
        assertTrue(clash.get("event_id_cnty").matches("SYR\\d+"), clash.get("event_id_cnty"));
        assertEquals("2024-03-01", clash.get("event_date"));
        assertEquals("2024", clash.get("year"));
        assertEquals("1", clash.get("time_precision"));
        assertEquals("Political violence", clash.get("disorder_type"));
        assertEquals("Syria", clash.get("country"));
        assertEquals("760", clash.get("iso"));
        assertEquals("Middle East", clash.get("region"));
        assertEquals("12", clash.get("interaction"));
        assertEquals("5", clash.get("fatalities"), "the conservative figure");
        assertEquals("Outlet One; rebel sources", clash.get("source"));
        assertEquals("35.9000", clash.get("latitude"));
        assertTrue(clash.get("tags").contains("fatalities claimed=5-8"), clash.get("tags"));
        assertTrue(Long.parseLong(clash.get("timestamp")) > 1_600_000_000L);
        assertTrue(clash.get("notes").startsWith("On March 1 government forces clashed"), clash.get("notes"));
        Map<String, String> protest = bySubType.get("Peaceful protest");
        assertEquals("Demonstrations", protest.get("disorder_type"));
        assertEquals("60", protest.get("interaction"), "a lone actor's code, then 0");
        assertEquals("", protest.get("latitude"));
        assertEquals("Civilian targeting", bySubType.get("Air/drone strike").get("civilian_targeting"));
        assertEquals("78", bySubType.get("Air/drone strike").get("interaction"));
    }

    @Test
    void acledCsvQuotesWhatNeedsQuoting() {
        assertEquals("a,\"b,c\",\"say \"\"no\"\"\",\"two\nlines\"\n",
                CsvLine.of(List.of("a", "b,c", "say \"no\"", "two\nlines")));
    }

    @Test
    void filtersApplyToExports() throws Exception {
        ExportSummary[] s = new ExportSummary[1];
        List<List<String>> rows = Csv.parse(export(EventQuery.builder().eventType("Battles").build(),
                ExportFormat.ACLED_CSV, s));
        assertEquals(4, rows.size(), "header and three battles");
        assertNull(s[0].skippedWhy());
    }

    @Test
    void geojsonIsAFeatureCollectionOfPlacedEvents() throws Exception {
        ExportSummary[] s = new ExportSummary[1];
        JsonNode fc = SitrepJson.mapper().readTree(export(EventQuery.all(), ExportFormat.GEOJSON, s));
        assertEquals("FeatureCollection", fc.get("type").asText());
        assertEquals(5, fc.get("features").size());
        assertEquals(1, s[0].skipped(), "the protest at a place without coordinates");
        assertEquals("no coordinates", s[0].skippedWhy());
        for (JsonNode f : fc.get("features")) {
            assertEquals("Feature", f.get("type").asText());
            assertEquals("Point", f.get("geometry").get("type").asText());
            double lon = f.get("geometry").get("coordinates").get(0).asDouble();
            double lat = f.get("geometry").get("coordinates").get(1).asDouble();
            assertTrue(lon > 35 && lon < 38 && lat > 32 && lat < 37, lon + "," + lat);
            assertTrue(f.get("properties").has("event_type"));
        }
    }

    @Test
    void jsonlRoundTripsEveryAccount() throws Exception {
        ExportSummary[] s = new ExportSummary[1];
        String text = export(EventQuery.all(), ExportFormat.JSONL, s);
        List<Event> read = new ArrayList<>();
        text.lines().forEach(line -> read.add(SitrepJson.readEvent(line)));
        assertEquals(7, read.size());
        assertEquals(7, s[0].written());
        Set<Event> stored = new HashSet<>();
        for (String report : List.of("2024-03-01_north", "2024-03-02_south", "2024-03-10_east", "undated_note")) {
            store.events().forReport(report).stream().map(StoredEvent::event).forEach(stored::add);
        }
        assertEquals(stored, new HashSet<>(read));
    }

    /** A small RFC 4180 reader, to read the export as a CSV tool would. */
    static final class Csv {
        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n') {
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    field.append(c);
                }
            }
            return rows;
        }
    }
}
