package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.Report;
import org.sitrep.server.live.LiveOptions;

/** Browsers ask for gzip: a large answer comes compressed, and inflates to the answer sent plain. */
class CompressionTest {
    @TempDir
    Path dataDir;

    private ServedStore served;
    private final HttpClient client = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        ServedStore.closeAll(served);
    }

    private HttpResponse<byte[]> get(String path, String encoding) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + served.server().port() + path))
                .header("Accept-Encoding", encoding).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aLargeAnswerAskedForWithGzipComesCompressedAndInflatesToThePlainOne() throws Exception {
        served = ServedStore.start(dataDir, LiveOptions.DEFAULTS);
        assertCompressedWhenAsked("/api/openapi.json");
    }

    @Test
    void theBaseMapsLargestLayerComesCompressedWithItsOwnLength() throws Exception {
        // Javalin's precompress option (a compressed copy kept) sent the plain file's Content-Length with
        // the compressed body (6.7.0): the layer must come whole
        served = ServedStore.start(dataDir, LiveOptions.DEFAULTS);
        for (int k = 0; k < 2; k++) {
            assertCompressedWhenAsked("/basemap/admin1-lines.geojson");
        }
    }

    @Test
    void keptAreasComeCompressedAsKeptAndPlainToAClientWithoutGzip() throws Exception {
        served = ServedStore.start(dataDir, LiveOptions.DEFAULTS);
        storeALineOfVillagesRetaken();
        String path = "/api/control/areas?date=2024-03-05";
        for (int k = 0; k < 2; k++) { // the first computes the areas, the second finds them kept
            assertCompressedWhenAsked(path);
        }
        HttpResponse<byte[]> refused = get(path, "br");
        assertTrue(refused.headers().firstValue("Content-Encoding").isEmpty(), "a client without gzip gets it plain");
        assertArrayEquals(get(path, "identity").body(), refused.body());
    }

    @Test
    void aControlMapComesCompressedAsKeptForItsDayAndPlainToAClientWithoutGzip() throws Exception {
        served = ServedStore.start(dataDir, LiveOptions.DEFAULTS);
        storeALineOfVillagesRetaken();
        for (String day : List.of("2024-03-05", "2024-03-06", "2024-03-05")) { // the last one kept
            assertCompressedWhenAsked("/api/control?date=" + day);
        }
        String path = "/api/control?date=2024-03-05";
        assertTrue(get(path, "br").headers().firstValue("Content-Encoding").isEmpty());
        storeVillageRetaken(30); // the store changed: the kept map is stale
        assertCompressedWhenAsked(path);
    }

    /** The army retakes a line of villages: a control map and areas of some kilobytes. */
    private void storeALineOfVillagesRetaken() {
        for (int k = 0; k < 30; k++) {
            storeVillageRetaken(k);
        }
    }

    private void storeVillageRetaken(int k) {
        String place = "Village " + k;
        String sentence = "The army retook " + place + ".";
        Location at = new Location(place, place, List.of(), "Hama", null, "Syria", 35 + k * 0.05, 36 + (k % 5) * 0.3,
                1, "test", null);
        served.store().reports().store(new Report("r" + k, "r" + k, null, "Outlet", LocalDate.of(2024, 3, 1), null,
                null, List.of(), null, sentence, null, null), List.of(new Event("r" + k, LocalDate.of(2024, 3, 1),
                "day", null, "Battles", "Government regains territory", new Actor("Syrian Arab Army", "government",
                1, null), null, List.of(), List.of(), at, "Syria", 0, null, List.of(), null, 0.8,
                new Evidence(sentence, 0, sentence.length()))));
    }

    private void assertCompressedWhenAsked(String path) throws Exception {
        HttpResponse<byte[]> plain = get(path, "identity");
        HttpResponse<byte[]> gzipped = get(path, "gzip");

        assertEquals(200, plain.statusCode());
        assertEquals(200, gzipped.statusCode());
        assertTrue(plain.body().length > 2_000, path + " is a large answer: " + plain.body().length);
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse("none"));
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), "identity asked, identity sent");
        assertTrue(gzipped.body().length * 2 < plain.body().length,
                "JSON compresses: " + gzipped.body().length + " of " + plain.body().length + " bytes");
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertArrayEquals(plain.body(), in.readAllBytes());
        }
    }
}
