package org.sitrep.server.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.extract.actor.ActorDictionary;
import org.sitrep.json.SitrepJson;
import org.sitrep.model.Actor;
import org.sitrep.model.Attribution;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;
import org.sitrep.store.Store;
import org.sitrep.store.event.EventQuery;

/**
 * Exports ACLED's users can open safely and join with ACLED's own data: no cell a spreadsheet runs as
 * a formula, ACLED's actor names, only combinations ACLED codes, a warning naming each row that lacks
 * what its users count on, and the same field names in the CSV and the GeoJSON.
 */
class AcledExportTest {
    private static final Actor ARMY = new Actor("Syrian Arab Army", "government", 1, null);
    private static final Actor REBELS = new Actor("Hayat Tahrir al-Sham", "opposition", 2, null);
    private static final Actor CIVILIANS = new Actor("Civilians", "civilians", 7, null);
    private static final LocalDate DAY = LocalDate.of(2022, 6, 1);

    @TempDir
    Path dataDir;

    private Store store;

    @BeforeEach
    void open() {
        store = Store.openDataDir(dataDir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void store(String id, String outlet, Event... events) {
        String body = String.join("\n\n", java.util.Arrays.stream(events).map(e -> e.evidence().text()).toList());
        store.reports().store(new Report(id, "Title " + id, null, outlet, DAY, null, null, List.of(), null, body, null,
                null), List.of(events));
    }

    private static Event event(String subType, Actor a1, Actor a2, Location at, int killed, Attribution says,
            String sentence) {
        SubEventType sub = SubEventType.fromLabel(subType);
        return new Event("r", DAY, "day", null, sub.type().label(), sub.label(), a1, a2, List.of(), List.of(), at,
                at == null ? null : at.country(), killed, null, List.of(), says, 0.9,
                new Evidence(sentence, 0, sentence.length()));
    }

    private static Location place(String name, String country, Double lat, Double lon) {
        return new Location(name, name, List.of(), "Idlib", null, country, lat, lon, 1, "test", null);
    }

    private String export(ExportFormat format, ExportSummary[] summary) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        summary[0] = new Exporter(store, ActorDictionary::bundled).export(EventQuery.all(), format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private List<Map<String, String>> rows(ExportSummary[] summary) throws Exception {
        List<List<String>> csv = ExporterTest.Csv.parse(export(ExportFormat.ACLED_CSV, summary));
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> r : csv.subList(1, csv.size())) {
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < r.size(); i++) {
                m.put(csv.get(0).get(i), r.get(i));
            }
            rows.add(m);
        }
        return rows;
    }

    @Test
    void aCellAFormulaCouldStartWithIsDefused() {
        assertEquals("'+1 cmd,'-rm,'@SUM(A1),'\tx,-35.5000,+2,plain\n",
                CsvLine.of(List.of("+1 cmd", "-rm", "@SUM(A1)", "\tx", "-35.5000", "+2", "plain")));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"\n", CsvLine.of(List.of("=HYPERLINK(\"http://x\")")),
                "defused, then quoted");
        assertEquals("\"'\r\"\n", CsvLine.of(List.of("\r")));
    }

    @Test
    void aSourceOrSentenceThatIsAFormulaIsWrittenAsText() throws Exception {
        String sentence = "=cmd|' /C calc'!A0 said the army clashed with rebels.";
        store("formula", "@Outlet", event("Armed clash", ARMY, REBELS, place("Kafr Test", "Syria", 35.5, 36.6), 0,
                new Attribution("+source", "claimed"), sentence));
        Map<String, String> row = rows(new ExportSummary[1]).get(0);
        assertEquals("'" + sentence, row.get("notes"));
        assertEquals("'+source", row.get("source"));
        assertEquals("36.6000", row.get("longitude"), "numbers stay numbers");
    }

    @Test
    void actorsHaveTheirAcledNamesAndCivilianTargetingIsForTargetsOnly() throws Exception {
        Location kafr = place("Kafr Test", "Syria", 35.5, 36.6);
        store("a", "Outlet A",
                event("Armed clash", ARMY, REBELS, kafr, 3, null, "The army clashed with the rebels."),
                event("Shelling/artillery/missile attack", ARMY, CIVILIANS, place("Tell Test", "Syria", 35.6, 36.7), 2,
                        null, "The army shelled the houses of civilians."),
                event("Peaceful protest", CIVILIANS, null, place("Abu Test", "Syria", 35.7, 36.8), 0, null,
                        "Civilians protested."));
        Map<String, Map<String, String>> bySub = new HashMap<>();
        rows(new ExportSummary[1]).forEach(r -> bySub.put(r.get("sub_event_type"), r));
        Map<String, String> clash = bySub.get("Armed clash");
        assertEquals("Military Forces of Syria (2000-)", clash.get("actor1"));
        assertEquals("Hayat Tahrir al-Sham", clash.get("actor2"));
        assertEquals("", clash.get("civilian_targeting"));
        Map<String, String> shelling = bySub.get("Shelling/artillery/missile attack");
        assertEquals("Civilians (Syria)", shelling.get("actor2"));
        assertEquals("Civilian targeting", shelling.get("civilian_targeting"));
        assertEquals("", bySub.get("Peaceful protest").get("civilian_targeting"), "civilians as actor1 are no target");
    }

    @Test
    void aChangeOfControlEverySourceDeniesIsNoRow() throws Exception {
        Location tell = place("Tell Test", "Syria", 35.6, 36.7);
        store("denied", "Outlet D", event("Non-state actor overtakes territory", REBELS, ARMY, tell, 0,
                new Attribution("the army", "denied"), "The army denied that the rebels took Tell Test."));
        ExportSummary[] s = new ExportSummary[1];
        assertEquals(List.of(), rows(s));
        assertEquals(1, s[0].skipped());
        assertEquals("a change of control every source denies", s[0].skippedWhy());
        export(ExportFormat.GEOJSON, s);
        assertEquals(1, s[0].skipped(), "nor a GeoJSON feature");
    }

    @Test
    void deathsTheSentenceGivesToTheFightingAreNotCountedAgainOnTheChangeOfControl() throws Exception {
        String sentence = "The rebels took Tell Test after clashes at Kafr Test that killed 10 soldiers.";
        store("took", "Outlet T",
                event("Armed clash", REBELS, ARMY, place("Kafr Test", "Syria", 35.5, 36.6), 10, null, sentence),
                event("Non-state actor overtakes territory", REBELS, ARMY, place("Tell Test", "Syria", 35.6, 36.7), 10,
                        null, sentence));
        Map<String, Map<String, String>> bySub = new HashMap<>();
        rows(new ExportSummary[1]).forEach(r -> bySub.put(r.get("sub_event_type"), r));
        Map<String, String> clash = bySub.get("Armed clash");
        Map<String, String> taken = bySub.get("Non-state actor overtakes territory");
        assertEquals("10", clash.get("fatalities"));
        assertEquals("0", taken.get("fatalities"), "counted once, on the fighting");
        assertTrue(taken.get("tags").contains("fatalities 10 counted on sitrep_event="
                + clash.get("event_id_cnty").substring(3)), taken.get("tags"));
    }

    @Test
    void aChangeOfControlWithDeathsOfItsOwnKeepsThem() throws Exception {
        store("took", "Outlet T", event("Non-state actor overtakes territory", REBELS, ARMY,
                place("Tell Test", "Syria", 35.6, 36.7), 4, null, "The rebels took Tell Test, killing 4 soldiers."));
        assertEquals("4", rows(new ExportSummary[1]).get(0).get("fatalities"));
    }

    @Test
    void aRowWithoutActor1OnABattleOrWithoutCountryOrCoordinatesIsNamedInAWarning() throws Exception {
        store("gaps", "Outlet G",
                event("Armed clash", null, REBELS, place("Kafr Test", "Syria", 35.5, 36.6), 0, null,
                        "Clashes with the rebels went on."),
                event("Shelling/artillery/missile attack", ARMY, REBELS, place("Nowhere", null, null, null), 0, null,
                        "Shells fell somewhere."));
        ExportSummary[] s = new ExportSummary[1];
        List<Map<String, String>> rows = rows(s);
        assertEquals(2, rows.size(), "written, and named");
        List<String> warnings = s[0].warnings();
        assertEquals(2, warnings.size(), warnings.toString());
        String battle = rows.stream().filter(r -> r.get("event_type").equals("Battles")).findFirst().orElseThrow()
                .get("event_id_cnty");
        assertTrue(warnings.contains(battle + ": a Battles row without actor1"), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.endsWith(": no iso, no country, no region, no coordinates")),
                warnings.toString());
    }

    @Test
    void theGeoJsonCarriesTheCsvsFieldsUnderTheSameNames() throws Exception {
        store("a", "Outlet A", event("Armed clash", ARMY, REBELS, place("Kafr Test", "Syria", 35.5, 36.6), 3, null,
                "The army clashed with the rebels."));
        ExportSummary[] s = new ExportSummary[1];
        Map<String, String> row = rows(s).get(0);
        JsonNode properties = SitrepJson.mapper().readTree(export(ExportFormat.GEOJSON, s)).get("features").get(0)
                .get("properties");
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = properties.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        assertEquals(AcledCsv.COLUMNS, names);
        for (String column : AcledCsv.COLUMNS) {
            assertEquals(row.get(column), properties.get(column).asText(), column);
        }
        assertFalse(properties.has("fatalities_low"));
    }
}
