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
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A news outlet on 127.0.0.1 for the watcher's tests: an RSS feed and a news page listing articles
 * that the test publishes and corrects while Sitrep watches, plus a few broken addresses. It answers
 * the feed's conditional requests with 304 and counts every request by path.
 */
final class LocalOutlet implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, String> articles = new ConcurrentHashMap<>();
    private final List<String[]> feedItems = new ArrayList<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private volatile String userAgent;

    LocalOutlet() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Puts an article at {@code path} and, unless {@code pageOnly}, an item for it in the feed. */
    synchronized void publish(String path, String title, String date, String text, boolean inFeed) {
        articles.put(path, "<html><head><title>" + title + "</title></head><body><article><h1>" + title
                + "</h1><p>" + text + "</p></article></body></html>");
        if (inFeed) {
            feedItems.removeIf(i -> i[0].equals(path));
            feedItems.add(new String[] {path, title, date});
        }
    }

    int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    String lastUserAgent() {
        return userAgent;
    }

    private synchronized String feed() {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Outlet</title>");
        for (String[] i : feedItems) {
            b.append("<item><title>").append(i[1]).append("</title><link>").append(url(i[0])).append("</link><pubDate>")
                    .append(i[2]).append("</pubDate></item>");
        }
        return b.append("</channel></rss>").toString();
    }

    private synchronized String newsPage() {
        StringBuilder b = new StringBuilder("<html><body><nav><a href=\"/about.html\">About</a></nav><ul>");
        articles.keySet().stream().filter(p -> p.startsWith("/page/")).sorted()
                .forEach(p -> b.append("<li><a href=\"").append(p).append("\">story</a></li>"));
        return b.append("</ul><a href=\"/logo.png\">logo</a></body></html>").toString();
    }

    private void handle(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        userAgent = x.getRequestHeaders().getFirst("User-Agent");
        switch (path) {
            case "/robots.txt" -> BenchOutlet.send(x, 200, "text/plain", "User-agent: *\nDisallow: /private/\n");
            case "/feed.xml" -> {
                String body = feed();
                String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
                if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
                    x.getResponseHeaders().set("ETag", etag);
                    x.sendResponseHeaders(304, -1);
                    x.close();
                    return;
                }
                x.getResponseHeaders().set("ETag", etag);
                BenchOutlet.send(x, 200, "application/rss+xml", body);
            }
            case "/news/" -> BenchOutlet.send(x, 200, "text/html; charset=utf-8", newsPage());
            case "/broken.xml" -> BenchOutlet.send(x, 500, "text/plain", "internal trouble");
            case "/malformed.xml" -> BenchOutlet.send(x, 200, "application/rss+xml", "<rss><channel><item><title>no end");
            case "/loop.xml" -> {
                x.getResponseHeaders().set("Location", "/loop.xml");
                x.sendResponseHeaders(302, -1);
                x.close();
            }
            case "/slow.xml" -> {
                // a byte every half second: headers come at once, the body never ends in time
                x.getResponseHeaders().set("Content-Type", "application/rss+xml");
                x.sendResponseHeaders(200, 0);
                try (OutputStream out = x.getResponseBody()) {
                    for (int i = 0; i < 120; i++) {
                        out.write(' ');
                        out.flush();
                        Thread.sleep(500);
                    }
                } catch (IOException | InterruptedException e) {
                    // the watcher gave up, as it should
                }
            }
            case "/huge.xml" -> {
                x.getResponseHeaders().set("Content-Type", "application/rss+xml");
                x.sendResponseHeaders(200, 0);
                byte[] chunk = new byte[64 * 1024];
                java.util.Arrays.fill(chunk, (byte) ' ');
                try (OutputStream out = x.getResponseBody()) {
                    for (int i = 0; i < 50 * 16; i++) {
                        out.write(chunk);
                    }
                } catch (IOException e) {
                    // the watcher hung up once past its limit, as it should
                }
            }
            default -> {
                String article = articles.get(path);
                if (article == null) {
                    BenchOutlet.send(x, 404, "text/plain", "no such page");
                } else {
                    BenchOutlet.send(x, 200, "text/html; charset=utf-8", article);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
