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
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
        HttpResponse<byte[]> plain = get("/api/openapi.json", "identity");
        HttpResponse<byte[]> gzipped = get("/api/openapi.json", "gzip");

        assertEquals(200, plain.statusCode());
        assertEquals(200, gzipped.statusCode());
        assertTrue(plain.body().length > 10_000, "the API's description is a large answer: " + plain.body().length);
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse("none"));
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), "identity asked, identity sent");
        assertTrue(gzipped.body().length * 3 < plain.body().length,
                "JSON compresses well: " + gzipped.body().length + " of " + plain.body().length + " bytes");
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertArrayEquals(plain.body(), in.readAllBytes());
        }
    }
}
