package org.sitrep.ingest.watch;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fetches for a watcher as a well-behaved robot: a User-Agent naming Sitrep, robots.txt obeyed (read
 * once an hour per host), at most one request per host per {@code hostGap}, conditional requests
 * (If-None-Match, If-Modified-Since), redirects followed by hand up to a limit (a loop is an error),
 * a connection and a whole-request timeout, and a body cap enforced while reading.
 */
public final class PoliteFetcher {
    public static final String USER_AGENT = "Sitrep/0.1 (news watcher; reads outlets' feeds for a conflict record)";
    private static final Duration ROBOTS_TTL = Duration.ofHours(1);

    /** Limits; {@link #defaults()} suits the open web. */
    public record Settings(Duration connectTimeout, Duration timeout, long maxBytes, int maxRedirects,
            Duration hostGap) {
        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(10), Duration.ofSeconds(30), 10L * 1024 * 1024, 5,
                    Duration.ofSeconds(1));
        }

        public Settings withHostGap(Duration gap) {
            return new Settings(connectTimeout, timeout, maxBytes, maxRedirects, gap);
        }

        public Settings withTimeout(Duration whole) {
            return new Settings(connectTimeout, whole, maxBytes, maxRedirects, hostGap);
        }
    }

    private record Robots(RobotsRules rules, long fetchedAt) {
    }

    private final Settings settings;
    private final HttpClient client;
    private final HostPacing pacing;
    private final Map<String, Robots> robots = new ConcurrentHashMap<>();
    /** Closes a body still downloading when the request's time is up: a server sending a byte a minute ends too. */
    private static final java.util.concurrent.ScheduledExecutorService DEADLINES =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "sitrep-fetch-deadline");
                t.setDaemon(true);
                return t;
            });

    public PoliteFetcher(Settings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.pacing = new HostPacing(settings.hostGap());
    }

    /** Fetches {@code uri}, sending the validators when given (null: an unconditional request). */
    public Fetched fetch(URI uri, String etag, String lastModified) throws FetchException, InterruptedException {
        URI at = uri;
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            if (!allowedByRobots(at)) {
                throw new FetchException("disallowed by robots.txt: " + at.getPath(), null);
            }
            HttpResponse<InputStream> r = send(at, hop == 0 ? etag : null, hop == 0 ? lastModified : null);
            int status = r.statusCode();
            if (status / 100 == 3 && status != 304) {
                String location = r.headers().firstValue("Location").orElse(null);
                close(r);
                if (location == null) {
                    throw new FetchException("HTTP " + status + " without a Location", status);
                }
                URI next = at.resolve(location.strip());
                if ("https".equalsIgnoreCase(at.getScheme()) && !"https".equalsIgnoreCase(next.getScheme())) {
                    throw new FetchException("redirect from https to http refused", status);
                }
                at = next;
                continue;
            }
            String type = r.headers().firstValue("Content-Type").orElse(null);
            String newEtag = r.headers().firstValue("ETag").orElse(null);
            String newModified = r.headers().firstValue("Last-Modified").orElse(null);
            if (status == 304) {
                close(r);
                return new Fetched(at, status, type, new byte[0], etag, lastModified);
            }
            if (status / 100 != 2) {
                close(r);
                throw new FetchException("HTTP " + status, status);
            }
            long declared = r.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > settings.maxBytes()) {
                close(r);
                throw new FetchException("too large (" + declared + " bytes, limit " + settings.maxBytes() + ")",
                        status);
            }
            return new Fetched(at, status, type, body(r), newEtag, newModified);
        }
        throw new FetchException("more than " + settings.maxRedirects() + " redirects (a loop?)", null);
    }

    private HttpResponse<InputStream> send(URI uri, String etag, String lastModified)
            throws FetchException, InterruptedException {
        HttpRequest.Builder b;
        try {
            b = HttpRequest.newBuilder(uri).timeout(settings.timeout()).header("User-Agent", USER_AGENT)
                    .header("Accept", "application/rss+xml,application/atom+xml,application/xml;q=0.9,"
                            + "text/html,text/plain;q=0.8,*/*;q=0.1").GET();
        } catch (IllegalArgumentException e) {
            throw new FetchException("not a valid URL: " + uri, null);
        }
        if (etag != null) {
            b.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            b.header("If-Modified-Since", lastModified);
        }
        pacing.await(host(uri));
        try {
            return client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw new FetchException("connection timed out after " + settings.connectTimeout().toSeconds() + " s",
                    null);
        } catch (HttpTimeoutException e) {
            throw new FetchException("timed out after " + settings.timeout().toSeconds() + " s", null);
        } catch (ConnectException e) {
            throw new FetchException("connection refused", null);
        } catch (IOException e) {
            throw new FetchException("download failed: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()), null);
        }
    }

    /** Reads the body up to the cap; one byte more and the download stops. */
    private byte[] body(HttpResponse<InputStream> r) throws FetchException {
        java.util.concurrent.atomic.AtomicBoolean late = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.ScheduledFuture<?> deadline = DEADLINES.schedule(() -> {
            late.set(true);
            close(r);
        }, settings.timeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        try (InputStream in = r.body()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBytes() + 1));
            if (late.get()) {
                throw new IOException("late");
            }
            if (bytes.length > settings.maxBytes()) {
                throw new FetchException("too large (more than " + settings.maxBytes() + " bytes)", r.statusCode());
            }
            return bytes;
        } catch (IOException e) {
            if (late.get() || e instanceof HttpTimeoutException) {
                throw new FetchException("timed out after " + settings.timeout().toSeconds() + " s", r.statusCode());
            }
            throw new FetchException("download failed: " + e.getMessage(), r.statusCode());
        } finally {
            deadline.cancel(false);
        }
    }

    private boolean allowedByRobots(URI uri) throws InterruptedException {
        String origin = uri.getScheme() + "://" + uri.getRawAuthority();
        Robots known = robots.get(origin);
        if (known == null || System.currentTimeMillis() - known.fetchedAt() > ROBOTS_TTL.toMillis()) {
            known = new Robots(readRobots(URI.create(origin + "/robots.txt")), System.currentTimeMillis());
            robots.put(origin, known);
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return known.rules().allows(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
    }

    /** No robots.txt (or an error reading it) allows everything, as the convention says for 4xx. */
    private RobotsRules readRobots(URI robotsTxt) throws InterruptedException {
        try {
            HttpResponse<InputStream> r = send(robotsTxt, null, null);
            if (r.statusCode() != 200) {
                close(r);
                return RobotsRules.ALLOW_ALL;
            }
            return RobotsRules.parse(new String(body(r), StandardCharsets.UTF_8), "sitrep");
        } catch (FetchException e) {
            return RobotsRules.ALLOW_ALL;
        }
    }

    private static void close(HttpResponse<InputStream> r) {
        try {
            r.body().close();
        } catch (IOException e) {
            // nothing to keep from a body not read
        }
    }

    private static String host(URI uri) {
        return String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT) + ":" + uri.getPort();
    }
}
