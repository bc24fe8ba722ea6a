package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.json.SitrepJson;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.Report;
import org.sitrep.store.Store;

/** {@code serve} in a child process (it runs until stopped) and {@code export} to files. */
class ServeExportCommandTest {
    private static final String SENTENCE = "On May 2 the army clashed with rebels near Kafr Invented.";

    @TempDir
    Path tmp;

    private Path data;

    @BeforeEach
    void store() {
        data = tmp.resolve("data");
        try (Store store = Store.openDataDir(data)) {
            Location at = new Location("Kafr Invented", "Kafr Invented", List.of(), "Idlib", null, "Syria", 35.7, 36.6,
                    1, "test", null);
            Event clash = new Event("may-note", LocalDate.of(2023, 5, 2), "day", null, "Battles", "Armed clash",
                    new Actor("Syrian Arab Army", "government", 1, null), new Actor("Rebel Front", "opposition", 2, null),
                    List.of(), List.of(), at, "Syria", 3, null, List.of(), null, 0.9,
                    new Evidence(SENTENCE, 0, SENTENCE.length()));
            store.reports().store(new Report("may-note", "May note", null, "Test Outlet", LocalDate.of(2023, 5, 3),
                    null, null, List.of(), null, SENTENCE, null, null), List.of(clash));
        }
    }

    private static String[] run(String... args) {
        return CliRun.run(args);
    }

    @Test
    void exportWritesAcledCsvWhole() throws Exception {
        Path csv = tmp.resolve("out/events.csv");
        String[] r = run("export", "--data", data.toString(), "--format", "acled-csv", "--type", "Battles",
                "--out", csv.toString());
        assertEquals("0", r[0], r[2]);
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(0).startsWith("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"));
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).contains(SENTENCE), lines.get(1));
        assertTrue(r[2].contains("1 events written to"), r[2]);
        try (var files = Files.list(csv.getParent())) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(csv)),
                "an export is for sharing: readable by the user's group, not a temporary file's 0600");
    }

    @Test
    void exportNamesTheRowsThatLackWhatAcledsUsersCountOn() throws Exception {
        try (Store store = Store.openDataDir(data)) {
            Location nowhere = new Location("Nowhere", "Nowhere", List.of(), null, null, null, null, null, 3, "test",
                    null);
            Event unplaced = new Event("gap-note", LocalDate.of(2023, 5, 4), "day", null, "Battles", "Armed clash",
                    null, new Actor("Rebel Front", "opposition", 2, null), List.of(), List.of(), nowhere, null, 0, null,
                    List.of(), null, 0.9, new Evidence("Clashes went on.", 0, 16));
            store.reports().store(new Report("gap-note", "Gap", null, "Test Outlet", LocalDate.of(2023, 5, 4), null,
                    null, List.of(), null, "Clashes went on.", null, null), List.of(unplaced));
        }
        String[] r = run("export", "--data", data.toString(), "--format", "acled-csv", "--out",
                tmp.resolve("gaps.csv").toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(Pattern.compile("sitrep: export: warning: XXX\\d+: a Battles row without actor1, no iso, no country, "
                + "no region, no coordinates").matcher(r[2]).find(), r[2]);
    }

    @Test
    void exportGeoJsonAndJsonl() throws Exception {
        Path geo = tmp.resolve("events.geojson");
        assertEquals("0", run("export", "--data", data.toString(), "--format", "geojson", "--out", geo.toString())[0]);
        JsonNode fc = SitrepJson.mapper().readTree(geo.toFile());
        assertEquals("FeatureCollection", fc.get("type").asText());
        assertEquals(1, fc.get("features").size());
        Path jsonl = tmp.resolve("events.jsonl");
        assertEquals("0", run("export", "--data", data.toString(), "--format", "jsonl", "--out", jsonl.toString())[0]);
        Event back = SitrepJson.readEvent(Files.readAllLines(jsonl).get(0));
        assertEquals(SENTENCE, back.evidence().text());
    }

    @Test
    void aBadFilterOrFormatWritesNothing() {
        Path out = tmp.resolve("never.csv");
        String[] badDate = run("export", "--data", data.toString(), "--format", "acled-csv", "--from", "May 2",
                "--out", out.toString());
        assertEquals("2", badDate[0]);
        assertTrue(badDate[2].contains("'from' must be a date"), badDate[2]);
        String[] badFormat = run("export", "--data", data.toString(), "--format", "xlsx", "--out", out.toString());
        assertEquals("2", badFormat[0]);
        assertTrue(badFormat[2].contains("unknown export format 'xlsx'"), badFormat[2]);
        assertFalse(Files.exists(out));
    }

    @Test
    void serveAnswersOnLoopbackAndStopsOnTerm() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--data", data.toString(), "--port", "0")
                .redirectError(tmp.resolve("serve.err").toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            Matcher m = Pattern.compile("Sitrep is serving on (http://127\\.0\\.0\\.1:\\d+/) \\(Ctrl-C to stop\\)")
                    .matcher(String.valueOf(line));
            assertTrue(m.matches(), line + " / " + Files.readString(tmp.resolve("serve.err")));
            HttpResponse<String> r = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(m.group(1) + "api/events?type=Battles")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertEquals(1, SitrepJson.mapper().readTree(r.body()).get("total").asInt());
        } finally {
            p.destroy();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "serve stops on SIGTERM");
        }
    }

    @Test
    void serveSaysWhenThePortIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            String[] r = run("serve", "--data", data.toString(), "--port", Integer.toString(taken.getLocalPort()));
            assertEquals("1", r[0]);
            assertTrue(r[2].contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()), r[2]);
        }
    }
}
