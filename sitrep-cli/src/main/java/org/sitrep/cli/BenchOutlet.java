package org.sitrep.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * Outlets for {@code bench-live}, on 127.0.0.1 only: {@code feeds} RSS feeds ({@code /feed/N.xml}),
 * each answering conditional requests with 304 when unchanged, and the articles they list, written
 * from a template (a capture or a shelling, the place and day varied). Nothing leaves this machine.
 */
final class BenchOutlet implements AutoCloseable {
    private static final String[] PLACES = {"Kafr Zita", "Latamneh", "Mhardeh", "Khan Shaykhun", "Saraqib",
        "Maarat al-Numan", "Kafr Nabudah", "Morek", "Suran", "Taybat al-Imam"};

    private final HttpServer server;
    private final Map<Integer, List<String>> feedItems = new ConcurrentHashMap<>();
    private final Map<String, String> articles = new ConcurrentHashMap<>();
    private int published;

    BenchOutlet(int feeds) throws IOException {
        for (int i = 0; i < feeds; i++) {
            feedItems.put(i, new ArrayList<>());
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "bench-outlet");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    String feedUrl(int feed) {
        return url("/feed/" + feed + ".xml");
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Publishes a new article in this feed; returns its address. */
    synchronized String publish(int feed) {
        int n = published++;
        String place = PLACES[n % PLACES.length];
        int day = 1 + n % 28;
        String text = n % 2 == 0
                ? "On December " + day + ", 2026, the Syrian Arab Army captured the village of " + place
                        + " in northern Hama after clashes with rebel groups that lasted " + (2 + n % 9) + " hours."
                : "On December " + day + ", 2026, rebel groups shelled the town of " + place + " in Hama countryside, "
                        + "killing " + (2 + n % 7) + " civilians, according to local sources (bulletin " + n + ").";
        String path = "/article/" + n + ".html";
        articles.put(path, "<html><head><title>Bulletin " + n + "</title></head><body><article><h1>Bulletin " + n
                + "</h1><p>" + text + "</p></article></body></html>");
        feedItems.get(feed).add(path);
        return url(path);
    }

    private synchronized String feed(int feed) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Feed ")
                .append(feed).append("</title>");
        for (String path : feedItems.get(feed)) {
            b.append("<item><title>").append(path).append("</title><link>").append(url(path)).append("</link></item>");
        }
        return b.append("</channel></rss>").toString();
    }

    private void handle(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        if (path.startsWith("/feed/") && path.endsWith(".xml")) {
            int feed = Integer.parseInt(path.substring(6, path.length() - 4));
            String body = feed(feed);
            String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
            x.getResponseHeaders().set("ETag", etag);
            if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
                x.sendResponseHeaders(304, -1);
                x.close();
                return;
            }
            send(x, 200, "application/rss+xml", body);
        } else if (articles.containsKey(path)) {
            send(x, 200, "text/html; charset=utf-8", articles.get(path));
        } else {
            send(x, 404, "text/plain", "no such page");
        }
    }

    /** Answers with a whole body of a known length (the local outlets of benchmarks and tests). */
    static void send(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", type);
        x.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
