package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.json.SitrepJson;
import org.sitrep.server.live.LiveOptions;
import org.sitrep.store.Store;

/** {@code GET /api/stream} over a real server and H2 file: announcing, resuming, heartbeats, many clients. */
class LiveStreamTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dataDir;

    private ServedStore served;
    private Store store;
    private SitrepServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private String start(LiveOptions options) {
        served = ServedStore.start(dataDir, options);
        store = served.store();
        server = served.server();
        return server.url() + "api/stream";
    }

    @AfterEach
    void stop() {
        if (served != null) {
            served.close();
        }
    }

    private static JsonNode json(SseReader.Frame f) {
        try {
            return SitrepJson.mapper().readTree(f.data());
        } catch (java.io.IOException e) {
            throw new AssertionError(f.data(), e);
        }
    }

    /** The first report of the fixtures: a clash and a change of control at Tall Thani. */
    private void ingestCapture() {
        store.reports().store(ApiFixtures.report("capture", "Outlet One", ApiFixtures.MARCH_1,
                ApiFixtures.CLASH + "\n\n" + ApiFixtures.CAPTURE), List.of(
                ApiFixtures.event(ApiFixtures.MARCH_1, "Armed clash", ApiFixtures.ARMY, ApiFixtures.REBELS,
                        ApiFixtures.QARYAT_ULA, 5, null, ApiFixtures.CLASH),
                ApiFixtures.event(ApiFixtures.MARCH_1, "Government regains territory", ApiFixtures.ARMY,
                        ApiFixtures.REBELS, ApiFixtures.TALL_THANI, 0, null, ApiFixtures.CAPTURE)));
    }

    @Test
    void anIngestAfterConnectingIsAnnouncedWithTheEventAndTheChangeOfControl() throws Exception {
        String url = start(LiveOptions.DEFAULTS);
        try (SseReader sse = SseReader.open(client, url, null)) {
            assertEquals(200, sse.status());
            assertTrue(sse.contentType().startsWith("text/event-stream"), sse.contentType());
            SseReader.Frame ready = sse.await(f -> "ready".equals(f.event()), WAIT, "ready");
            assertEquals("0", ready.id(), "an empty store starts at 0");

            ingestCapture();
            List<SseReader.Frame> got = sse.messagesUntil(f -> "control".equals(f.event()), WAIT);
            assertEquals(List.of("added", "added", "control"), got.stream().map(SseReader.Frame::event).toList());
            long previous = 0;
            for (SseReader.Frame f : got) {
                long id = Long.parseLong(f.id());
                assertTrue(id > previous, "ids grow: " + got);
                assertEquals(id, json(f).get("seq").asLong());
                previous = id;
            }
            JsonNode capture = json(got.get(1));
            assertEquals("Government regains territory", capture.get("event").get("sub_event_type").asText());
            assertEquals("Tall Thani", capture.get("event").get("location").get("name").asText());
            JsonNode control = json(got.get(2));
            assertEquals(capture.get("event_id").asLong(), control.get("event_id").asLong());
            assertEquals(capture.get("event").get("place_id").asText(), control.get("place_id").asText());
        }
    }

    @Test
    void lastEventIdResumesAfterItEvenBeyondWhatIsKeptInMemory() throws Exception {
        // two messages kept: resuming from the start reads the older ones from the store
        String url = start(LiveOptions.DEFAULTS.withKept(2));
        ApiFixtures.load(store);
        List<SseReader.Frame> all;
        try (SseReader first = SseReader.open(client, url, "0")) {
            all = first.messagesUntil(f -> f.id() != null && f.id().equals(String.valueOf(store.changes().head())),
                    WAIT);
        }
        assertEquals("ready", all.get(0).event());
        List<SseReader.Frame> changes = all.subList(1, all.size());
        assertEquals(store.changes().since(0, 1000).size(), changes.size(), "every change once: " + changes);
        assertTrue(changes.stream().anyMatch(f -> "control".equals(f.event())));

        String middle = changes.get(changes.size() / 2).id();
        try (SseReader resumed = SseReader.open(client, url, middle)) {
            SseReader.Frame ready = resumed.await(f -> "ready".equals(f.event()), WAIT, "ready");
            assertEquals(middle, ready.id());
            SseReader.Frame next = resumed.await(f -> f.comment() == null, WAIT, "the change after " + middle);
            assertEquals(changes.get(changes.size() / 2 + 1), next, "resumes right after the last id it had");
        }
    }

    @Test
    void anIdleStreamGetsHeartbeatComments() throws Exception {
        String url = start(LiveOptions.DEFAULTS.withHeartbeat(Duration.ofMillis(200)));
        try (SseReader sse = SseReader.open(client, url, null)) {
            SseReader.Frame beat = sse.await(f -> f.comment() != null, WAIT, "a heartbeat");
            assertEquals("heartbeat", beat.comment());
        }
    }

    @Test
    void aBadLastEventIdIsA400AndAnUnknownParameterToo() throws Exception {
        String url = start(LiveOptions.DEFAULTS);
        try (SseReader bad = SseReader.open(client, url, "yesterday")) {
            assertEquals(400, bad.status());
            assertTrue(bad.body().contains("sequence number"));
        }
        Http.Answer unknown = new Http(server.url()).get("/api/stream?from=3");
        assertEquals(400, unknown.status());
    }

    @Test
    void aHundredClientsEachGetTheChangeAndOneMoreIsRefused() throws Exception {
        String url = start(LiveOptions.DEFAULTS.withMaxClients(100).withHeartbeat(Duration.ofMillis(300)));
        List<SseReader> readers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<SseReader>> opening = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                opening.add(pool.submit(() -> SseReader.open(client, url, null)));
            }
            for (Future<SseReader> f : opening) {
                readers.add(f.get());
            }
            for (SseReader r : readers) {
                assertEquals(200, r.status());
                r.await(f -> "ready".equals(f.event()), WAIT, "ready");
            }
            try (SseReader refused = SseReader.open(client, url, null)) {
                assertEquals(503, refused.status(), "the 101st stream");
            }
            ingestCapture();
            for (SseReader r : readers) {
                List<SseReader.Frame> got = r.messagesUntil(f -> "control".equals(f.event()), WAIT);
                assertEquals(3, got.size(), got.toString());
            }
        } finally {
            readers.forEach(SseReader::close);
            pool.shutdownNow();
        }
        // the server notices the closed streams at their next heartbeat and frees their places
        long end = System.nanoTime() + WAIT.toNanos();
        while (server.live().clients() > 0 && System.nanoTime() < end) {
            Thread.sleep(100);
        }
        assertEquals(0, server.live().clients());
        try (SseReader again = SseReader.open(client, url, null)) {
            assertEquals(200, again.status());
        }
    }
}
