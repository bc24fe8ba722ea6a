package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.json.SitrepJson;

/**
 * One H2 store, several processes: while {@code serve} runs on a data directory (in a JVM of its own)
 * and answers a steady load, {@code ingest}, {@code export} and {@code gazetteer} on the same
 * directory work (they used to fail at once with "The file is locked"), and the server finds the
 * new events without a restart.
 */
class SharedStoreTest {
    @TempDir
    Path tmp;

    @Test
    void ingestAndExportBesideARunningServer() throws Exception {
        Path data = tmp.resolve("data");
        Path first = Files.createDirectories(tmp.resolve("first")).resolve("clash.txt");
        Files.writeString(first, "Clashes reported\n\n"
                + "On November 14, 2019 the Syrian Arab Army clashed with Hayat Tahrir al-Sham near Kafr Nabudah "
                + "in northern Hama. 12 militants were killed.\n");
        assertEquals(0, IngestCommandTest.sitrep("ingest", "--data", data.toString(), first.toString()).status());

        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--data", data.toString(), "--port", "0")
                .redirectError(tmp.resolve("serve.err").toFile()).start();
        AtomicBoolean loading = new AtomicBoolean(true);
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        AtomicInteger answered = new AtomicInteger();
        try {
            String base = address(server);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            long before = total(http, base);
            Thread load = new Thread(() -> {
                while (loading.get()) {
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "api/events"))
                                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 200) {
                            answered.incrementAndGet();
                        } else {
                            failures.merge("HTTP " + r.statusCode(), 1, Integer::sum);
                        }
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    } catch (Exception e) {
                        failures.merge(e.toString(), 1, Integer::sum);
                    }
                }
            }, "steady-load");
            load.start();

            Path second = Files.createDirectories(tmp.resolve("second")).resolve("shelling.txt");
            Files.writeString(second, "Shelling reported\n\n"
                    + "On November 15, 2019 militants shelled the town of Suqaylabiyah in northern Hama.\n");
            IngestCommandTest.Run ingest = IngestCommandTest.sitrep("ingest", "--data", data.toString(),
                    second.toString());
            assertEquals(0, ingest.status(), ingest.err());
            assertEquals(1, ingest.counts()[0], ingest.out());

            Path csv = tmp.resolve("out/all.csv");
            IngestCommandTest.Run export = IngestCommandTest.sitrep("export", "--data", data.toString(),
                    "--format", "acled-csv", "--out", csv.toString());
            assertEquals(0, export.status(), export.err());
            assertTrue(Files.readString(csv).contains("Suqaylabiyah"), "the export reads the new report too");

            Path places = tmp.resolve("places.txt");
            Files.writeString(places, String.join("\t", "9000001", "Kafr Shared", "Kafr Shared", "", "35.5", "36.5",
                    "P", "PPL", "SY", "", "05", "", "", "", "0", "", "300", "Asia/Damascus", "2020-01-01") + "\n");
            IngestCommandTest.Run gazetteer = IngestCommandTest.sitrep("gazetteer", "import", "--data",
                    data.toString(), places.toString());
            assertEquals(0, gazetteer.status(), gazetteer.err());

            long after = before;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (after == before && System.nanoTime() < deadline) {
                Thread.sleep(200);
                after = total(http, base);
            }
            assertTrue(after > before, "the server sees the other process's events: " + before + " -> " + after);
            loading.set(false);
            load.join(30_000);
            assertEquals(Map.of(), failures, "every request of the steady load answered 200");
            assertTrue(answered.get() > 10, "the load ran: " + answered.get());
        } finally {
            loading.set(false);
            server.destroy();
            assertTrue(server.waitFor(30, TimeUnit.SECONDS), "serve stops on SIGTERM");
        }
        String serverLog = Files.readString(tmp.resolve("serve.err"));
        assertTrue(serverLog.isBlank(), "the server logged no error: " + serverLog);
    }

    private String address(Process server) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        Matcher m = Pattern.compile("Sitrep is serving on (http://127\\.0\\.0\\.1:\\d+/) \\(Ctrl-C to stop\\)")
                .matcher(String.valueOf(line));
        assertTrue(m.matches(), line + " / " + Files.readString(tmp.resolve("serve.err")));
        return m.group(1);
    }

    private static long total(HttpClient http, String base) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "api/events")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        JsonNode page = SitrepJson.mapper().readTree(r.body());
        return page.get("total").asLong();
    }
}
