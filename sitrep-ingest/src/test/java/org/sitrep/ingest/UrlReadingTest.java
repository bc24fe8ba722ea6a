package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Report;

/** Reading URLs and feeds from a local HTTP server started for each test. */
class UrlReadingTest {
    private static final int FETCH_LIMIT = 10_000;
    private static final String ARTICLE_HTML = "<html><head><title>Item one</title>"
            + "<meta property=\"article:published_time\" content=\"2018-03-06T08:00:00Z\"></head><body><article>"
            + "<p>Government forces shelled the town of Kafr Nabl in southern Idlib on March 5, killing two "
            + "civilians, local activists said. The army denied targeting the town and blamed the militants.</p>"
            + "</article></body></html>";
    private static final String PLAIN_TEXT = "ISIS cells attacked an army post near al-Sukhnah.\n\n"
            + "Four soldiers were killed, a military source said.\n";

    private HttpServer server;
    private ExecutorService pool;
    private final CountDownLatch release = new CountDownLatch(1);
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "test-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        serve("/news/item-one.html", "text/html; charset=utf-8", ARTICLE_HTML);
        serve("/news/plain.txt", "text/plain", PLAIN_TEXT);
        serve("/image.png", "image/png", "\u0089PNG not really");
        serve("/feed.xml", "application/rss+xml", HtmlReaderTest.fixture("feed-rss.xml").replace("{{BASE}}", base));
        serve("/atom.xml", "application/atom+xml", HtmlReaderTest.fixture("feed-atom.xml").replace("{{BASE}}", base));
        serve("/corpus", "application/x-ndjson", "{\"id\": \"x1\", \"date\": \"2018-03-01\", \"text\": \"The army "
                + "advanced.\"}\n{\"id\": \"x2\"}\n");
        serve("/big-declared", "text/html", "<p>" + "x".repeat(FETCH_LIMIT * 2) + "</p>");
        server.createContext("/big-streamed", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/plain");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write("Chunk of a very long page.\n".repeat(20).getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException closedByClient) {
                // the reader hangs up once the limit is passed
            }
        });
        server.createContext("/moved", ex -> redirect(ex, "/news/item-one.html"));
        server.createContext("/loop", ex -> redirect(ex, "/loop"));
        server.createContext("/slow", ex -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(ex, 200, "text/html", ARTICLE_HTML);
        });
        server.createContext("/", ex -> send(ex, 404, "text/plain", "not found"));
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
        pool.shutdownNow();
    }

    private void serve(String path, String type, String body) {
        server.createContext(path, ex -> send(ex, 200, type, body));
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void redirect(HttpExchange ex, String to) throws IOException {
        ex.getResponseHeaders().add("Location", to);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    private List<ReadResult> read(String path) {
        ReadOptions options = ReadOptions.defaults()
                .withFetchLimits(FETCH_LIMIT, Duration.ofSeconds(5), Duration.ofSeconds(20));
        return new InputReports(options).read(List.of(base + path)).toList();
    }

    private ReadResult only(String path) {
        List<ReadResult> results = read(path);
        assertEquals(1, results.size());
        return results.get(0);
    }

    @Test
    void readsAnHtmlPage() {
        ReadResult r = only("/news/item-one.html");
        Report report = r.report();
        assertEquals("item-one", report.id());
        assertEquals("Item one", report.title());
        assertEquals(LocalDate.of(2018, 3, 6), report.published());
        assertEquals(base + "/news/item-one.html", report.url());
        assertTrue(report.body().startsWith("Government forces shelled the town of Kafr Nabl"));
        SourceMapAssertions.assertMapsBack(report, ARTICLE_HTML);
    }

    @Test
    void readsPlainText() {
        Report report = only("/news/plain.txt").report();
        assertEquals("ISIS cells attacked an army post near al-Sukhnah.\n\n"
                + "Four soldiers were killed, a military source said.", report.body());
    }

    @Test
    void followsRedirectsAndKeepsTheFinalAddress() {
        Report report = only("/moved").report();
        assertEquals(base + "/news/item-one.html", report.url());
        assertEquals("item-one", report.id());
    }

    @Test
    void refusesWhatItCannotRead() {
        assertEquals("unsupported content type image/png", only("/image.png").problem());
        assertEquals("HTTP 404", only("/nowhere.html").problem());
        assertTrue(only("/loop").problem().startsWith("redirect not followed (HTTP 302)"), only("/loop").problem());
    }

    @Test
    void stopsAtTheSizeLimit() {
        assertTrue(only("/big-declared").problem().startsWith("too large ("), only("/big-declared").problem());
        assertEquals("too large (more than " + FETCH_LIMIT + " bytes)", only("/big-streamed").problem());
    }

    @Test
    void givesUpOnAServerThatDoesNotAnswer() {
        ReadOptions impatient = ReadOptions.defaults()
                .withFetchLimits(FETCH_LIMIT, Duration.ofSeconds(5), Duration.ofMillis(300));
        List<ReadResult> results = new InputReports(impatient).read(List.of(base + "/slow", base + "/news/plain.txt"))
                .toList();
        assertEquals("timed out after 300 ms", results.get(0).problem());
        assertTrue(results.get(1).ok(), "the next input is still read");
    }

    @Test
    void readsEachItemOfAnRssFeed() {
        List<ReadResult> results = read("/feed.xml");
        assertEquals(2, results.size());
        Report first = results.get(0).report();
        assertEquals("item-one", first.id());
        assertEquals("Item one", first.title(), "the page's own title wins over the feed's");
        assertEquals(LocalDate.of(2018, 3, 6), first.published());
        assertEquals(base + "/news/missing.html: HTTP 404", results.get(1).describeProblem());
    }

    @Test
    void readsAnAtomFeedAndTakesTheItemsDateWhenThePageHasNone() {
        Report entry = only("/atom.xml").report();
        assertEquals("plain", entry.id());
        assertEquals("Atom entry", entry.title());
        assertEquals(LocalDate.of(2018, 3, 8), entry.published());
    }

    @Test
    void readsAJsonLinesCorpusOverHttp() {
        List<ReadResult> results = read("/corpus");
        assertEquals("x1", results.get(0).report().id());
        assertEquals(base + "/corpus:2: no \"text\" string", results.get(1).describeProblem());
    }

    @Test
    void aConnectionRefusedIsAProblemNotACrash() throws IOException {
        int port;
        try (var socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        List<ReadResult> results = new InputReports(ReadOptions.defaults())
                .read(List.of("http://127.0.0.1:" + port + "/x")).toList();
        assertEquals("connection refused", results.get(0).problem());
    }
}
