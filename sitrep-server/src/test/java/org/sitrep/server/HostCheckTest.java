package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Store;

/**
 * DNS rebinding: a web page on evil.example makes its name resolve to 127.0.0.1 and reads the API
 * through the browser; the request then carries {@code Host: evil.example}. The server answers only
 * requests for the address it listens on, or a name it was given.
 */
class HostCheckTest {
    @TempDir
    Path dataDir;

    private Store store;
    private SitrepServer server;

    private void start(List<String> allowed) {
        store = Store.openDataDir(dataDir);
        server = new SitrepServer(ServerConfig.of(store, () -> r -> List.of()).withAllowedHosts(allowed)).start(0);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    /** The status line and body of a GET sent with this Host header (HttpClient will not send another's). */
    private String get(String path, String host) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aRequestForAnotherHostIsRefused() throws Exception {
        start(List.of());
        int port = server.port();
        for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST", "[::1]:" + port)) {
            assertTrue(get("/api/events", host).startsWith("HTTP/1.1 200"), host);
        }
        String rebound = get("/api/events", "evil.example:" + port);
        assertTrue(rebound.startsWith("HTTP/1.1 421"), rebound);
        assertTrue(rebound.contains("\"error\":\"misdirected_request\""), rebound);
        assertTrue(rebound.contains("--allowed-host evil.example"), rebound);
        assertTrue(get("/", "evil.example").startsWith("HTTP/1.1 421"), "the page too");
        assertTrue(get("/api/events", "127.0.0.1.evil.example").startsWith("HTTP/1.1 421"));
    }

    @Test
    void aConfiguredNameIsAnswered() throws Exception {
        start(List.of("sitrep.example.org"));
        assertTrue(get("/api/events", "sitrep.example.org").startsWith("HTTP/1.1 200"));
        assertTrue(get("/api/events", "Sitrep.Example.Org:443").startsWith("HTTP/1.1 200"));
        assertTrue(get("/api/events", "other.example.org").startsWith("HTTP/1.1 421"));
    }

    @Test
    void hostPartDropsThePort() {
        assertEquals("::1", HostCheck.hostPart("[::1]:7070"));
        assertEquals("127.0.0.1", HostCheck.hostPart("127.0.0.1:7070"));
        assertEquals("example.org", HostCheck.hostPart("example.org"));
    }
}
