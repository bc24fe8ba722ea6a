package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.watch.Watcher;
import org.sitrep.extract.Extractor;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.ingest.watch.PoliteFetcher;
import org.sitrep.ingest.watch.WatchedIds;
import org.sitrep.server.ServerConfig;
import org.sitrep.server.SitrepServer;
import org.sitrep.store.Store;
import org.sitrep.store.user.Role;
import org.sitrep.store.watch.Source;
import org.sitrep.store.watch.SourceKind;
import org.sitrep.store.watch.SourceList;
import org.sitrep.store.watch.SourceState;

/**
 * Watching against an outlet on 127.0.0.1 that publishes while Sitrep watches, with the API server
 * answering in the same process: new items' events reach /api/events within an interval plus 5 s,
 * an item listed again unchanged is neither fetched nor stored again, the same text under a new
 * address is stored once, a corrected article replaces its report, broken sources are reported while
 * the others go on, and `ingest` works on the same store meanwhile.
 */
class LiveWatchTest {
    private static final Duration EVERY = Duration.ofSeconds(2);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void newItemsReachTheApiWhileBrokenSourcesAreReportedAndIngestGoesOn() throws Exception {
        Extractor extractor = ExtractorChoice.forStore(dir);
        StringWriter log = new StringWriter();
        try (LocalOutlet outlet = new LocalOutlet(); Store store = Store.openDataDir(dir)) {
            outlet.publish("/news/a1.html", "Army takes Kafr Zita", "Tue, 01 Dec 2026 08:00:00 GMT",
                    "On December 1, 2026, the Syrian Arab Army captured the village of Kafr Zita in northern Hama "
                            + "after a night of fighting with rebel groups, a field commander said.", true);
            outlet.publish("/page/p1.html", "Shelling on Mhardeh", "",
                    "On December 2, 2026, rebel groups shelled the town of Mhardeh in Hama countryside, killing "
                            + "three civilians, according to local sources.", false);
            SourceList list = SourceList.inDataDir(dir);
            list.add(new Source(outlet.url("/feed.xml"), "Outlet", EVERY, SourceKind.FEED));
            list.add(new Source(outlet.url("/news/"), "Outlet front page", EVERY, SourceKind.PAGE));
            for (String broken : new String[] {"/broken.xml", "/loop.xml", "/malformed.xml", "/huge.xml",
                    "/gone.xml", "/private/feed.xml", "/slow.xml"}) {
                list.add(new Source(outlet.url(broken), null, Duration.ofSeconds(1), SourceKind.FEED));
            }
            String adminToken = store.users().add("chief", Role.ADMIN).token();
            String viewerToken = store.users().add("reader", Role.VIEWER).token();
            SitrepServer server = new SitrepServer(ServerConfig.of(store, () -> extractor), list).start(0);
            Watcher watcher = new Watcher(store, list, () -> extractor, ReadOptions.defaults(),
                    PoliteFetcher.Settings.defaults().withHostGap(Duration.ofMillis(20))
                            .withTimeout(Duration.ofSeconds(3)), 4,
                    new PrintWriter(log, true)).start();
            try {
                String base = server.url();
                awaitTrue("the first items' events in /api/events", Duration.ofSeconds(60), () -> log + ", polls "
                        + watcher.polls() + ", a1 fetched " + outlet.hits("/news/a1.html"),
                        () -> events(base, outlet.url("/news/a1.html")) > 0
                                && events(base, outlet.url("/page/p1.html")) > 0);
                assertTrue(outlet.lastUserAgent().startsWith("Sitrep/"), outlet.lastUserAgent());

                // a new item while watching: its events within one interval plus 5 s
                long published = System.nanoTime();
                outlet.publish("/news/a2.html", "Shelling near Khan Shaykhun", "Wed, 02 Dec 2026 09:00:00 GMT",
                        "On December 2, 2026, government forces shelled the town of Khan Shaykhun in southern Idlib, "
                                + "killing two civilians, local activists reported.", true);
                awaitTrue("a new item's events", EVERY.plusSeconds(5), () -> events(base, outlet.url("/news/a2.html")) > 0);
                System.out.printf("live watch: publication to /api/events in %.1f s%n",
                        (System.nanoTime() - published) / 1e9);

                // the same text under a new address, and the old items listed again unchanged
                long reports = store.reports().count();
                outlet.publish("/news/a1-again.html", "Army takes Kafr Zita", "Thu, 03 Dec 2026 08:00:00 GMT",
                        "On December 1, 2026, the Syrian Arab Army captured the village of Kafr Zita in northern Hama "
                                + "after a night of fighting with rebel groups, a field commander said.", true);
                awaitTrue("the republished item fetched", EVERY.plusSeconds(5),
                        () -> outlet.hits("/news/a1-again.html") > 0);
                Thread.sleep(EVERY.toMillis() + 500);
                assertEquals(reports, store.reports().count(), "the same text under a new address is stored once");
                assertEquals(1, outlet.hits("/news/a1.html"), "an item listed again unchanged is not fetched again");
                assertTrue(outlet.hits("/feed.xml") >= 3);

                // a corrected article replaces its report
                outlet.publish("/news/a2.html", "Shelling near Khan Shaykhun (corrected)", "Wed, 02 Dec 2026 10:00:00 GMT",
                        "On December 2, 2026, government forces shelled the town of Khan Shaykhun in southern Idlib, "
                                + "killing four civilians, local activists reported.", true);
                String a2 = WatchedIds.of(URI.create(outlet.url("/news/a2.html")));
                awaitTrue("the corrected article stored", EVERY.plusSeconds(5),
                        () -> store.reports().body(a2).orElse("").contains("four civilians"));
                assertEquals(reports, store.reports().count(), "a correction replaces, it adds no report");

                // `ingest` in a process of its own, into the same store while watching
                Path file = dir.resolve("note.txt");
                Files.writeString(file, "On December 3, 2026, rebel groups attacked army positions near the town of "
                        + "Latamneh in northern Hama; five soldiers were killed in the clashes, the outlet said.");
                Process ingest = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "ingest", "--data",
                        dir.toString(), file.toString()).redirectErrorStream(true)
                        .redirectOutput(dir.resolve("ingest.log").toFile()).start();
                assertTrue(ingest.waitFor(180, java.util.concurrent.TimeUnit.SECONDS), "ingest did not end");
                assertEquals(0, ingest.exitValue(), Files.readString(dir.resolve("ingest.log")));
                awaitTrue("the ingested note's events", Duration.ofSeconds(5), () -> events(base, "note") > 0);

                // broken sources are reported, and the good ones went on meanwhile
                assertFailing(store, outlet.url("/broken.xml"), "HTTP 500");
                assertFailing(store, outlet.url("/loop.xml"), "redirects");
                assertFailing(store, outlet.url("/malformed.xml"), "malformed XML");
                assertFailing(store, outlet.url("/huge.xml"), "too large");
                assertFailing(store, outlet.url("/gone.xml"), "HTTP 404");
                assertFailing(store, outlet.url("/private/feed.xml"), "robots.txt");
                assertFailing(store, outlet.url("/slow.xml"), "timed out after 3 s");
                assertTrue(outlet.hits("/broken.xml") < 8, "a failing source backs off: " + outlet.hits("/broken.xml"));
                SourceState feed = store.watch().state(outlet.url("/feed.xml"));
                assertEquals("ok", feed.status());
                assertEquals(3, feed.totalItems());

                JsonNode sources = get(base + "api/sources", null).get("sources");
                assertEquals(9, sources.size());
                boolean reported = false;
                for (JsonNode s : sources) {
                    reported |= s.get("url").asText().endsWith("/broken.xml")
                            && s.get("last_error").asText().equals("HTTP 500") && s.get("status").asText().equals("failing");
                }
                assertTrue(reported, sources.toString());
                String body = "{\"url\": \"" + outlet.url("/more.xml") + "\", \"every\": \"5m\"}";
                assertEquals(403, post(base + "api/sources", viewerToken, body));
                assertEquals(401, post(base + "api/sources", null, body));
                assertEquals(201, post(base + "api/sources", adminToken, body));
                assertEquals(400, post(base + "api/sources", adminToken, "{\"url\": \"ftp://x\"}"));
                assertTrue(list.find(outlet.url("/more.xml")).isPresent());
            } finally {
                watcher.close();
                server.stop();
            }
        }
    }

    private static void assertFailing(Store store, String url, String error) {
        SourceState s = store.watch().state(url);
        assertEquals("failing", s.status(), url + ": " + s);
        assertTrue(s.lastError().contains(error), url + ": " + s.lastError());
    }

    private int events(String base, String reportOrUrl) {
        String report = reportOrUrl.startsWith("http") ? WatchedIds.of(URI.create(reportOrUrl)) : reportOrUrl;
        try {
            return get(base + "api/events?report=" + URLEncoder.encode(report, StandardCharsets.UTF_8), null)
                    .get("total").asInt();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode get(String url, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private int post(String url, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static void awaitTrue(String what, Duration within, BooleanSupplier condition) throws InterruptedException {
        awaitTrue(what, within, () -> "", condition);
    }

    private static void awaitTrue(String what, Duration within, java.util.function.Supplier<String> why,
            BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within " + within.toSeconds() + " s " + why.get());
            }
            Thread.sleep(100);
        }
    }
}
