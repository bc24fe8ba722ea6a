package org.sitrep.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Concurrent clients against a running API on loopback: each sends a request, waits for the whole
 * answer, then sends the next (optionally after a pause), until a fixed number of requests is done.
 * Requests are filtered event pages and control maps drawn with a fixed seed.
 */
final class ApiLoad {
    static final String EVENTS = "GET /api/events (filtered page)";
    /** Prefix of the event pages' figures by filter, below {@link #EVENTS}. */
    static final String BY_FILTER = "  filtered by ";
    /** The event pages' filters, in the order {@link #eventsPath} draws them. */
    private static final List<String> FILTERS = List.of("type, days", "admin1, days", "actor, days", "side, type",
            "place", "bbox, days", "source, days", "text, admin1");
    static final String CONTROL = "GET /api/control?date=";
    static final String CLUSTERS = "GET /api/clusters (map view)";
    static final String EXPORT = "GET /api/export (GeoJSON, filtered)";
    static final String AREAS = "GET /api/control/areas?date=";
    /** The days the areas are asked for: a replay of the war month by month, as the slider moves. */
    static final int AREA_DAYS = 24;

    /** Latencies of one kind of request, in order of completion. */
    record Figures(String kind, long[] nanos, int errors) {
        long percentile(double p) {
            if (nanos.length == 0) {
                return 0;
            }
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
        }

        long max() {
            return Arrays.stream(nanos).max().orElse(0);
        }
    }

    private final String base;
    private final int clients;
    private final long thinkMillis;
    private final ApiBenchData data;
    private final int exportPercent;
    private final String acceptEncoding;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /**
     * @param exportPercent  the share of requests (0-100) that are filtered exports, besides the usual mix
     * @param acceptEncoding the clients' {@code Accept-Encoding}: {@code gzip}, as browsers and most HTTP
     *                       libraries send it, or {@code identity}
     */
    ApiLoad(String base, int clients, long thinkMillis, ApiBenchData data, int exportPercent, String acceptEncoding) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.clients = clients;
        this.thinkMillis = thinkMillis;
        this.data = data;
        this.exportPercent = exportPercent;
        this.acceptEncoding = acceptEncoding;
    }

    /** Sends {@code requests} requests from {@link #clients} clients; returns the figures per kind. */
    Map<String, Figures> run(int requests, long seed) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Map<String, List<long[]>>>> results = new ArrayList<>();
        try {
            for (int c = 0; c < clients; c++) {
                Random random = new Random(seed * 1000 + c);
                results.add(pool.submit(() -> client(random, next, requests)));
            }
            Map<String, List<Long>> nanos = new LinkedHashMap<>();
            Map<String, Integer> errors = new LinkedHashMap<>();
            List<String> kinds = new ArrayList<>(List.of(EVENTS));
            FILTERS.forEach(f -> kinds.add(BY_FILTER + f));
            kinds.addAll(exportPercent > 0 ? List.of(CONTROL, AREAS, CLUSTERS, EXPORT) : List.of(CONTROL, AREAS, CLUSTERS));
            for (String kind : kinds) {
                nanos.put(kind, new ArrayList<>());
                errors.put(kind, 0);
            }
            for (Future<Map<String, List<long[]>>> f : results) {
                // every loop is bounded by the request count and each request by its timeout
                f.get(30, TimeUnit.MINUTES).forEach((kind, list) -> list.forEach(x -> {
                    if (x[1] == 0) {
                        nanos.get(kind).add(x[0]);
                    } else {
                        errors.merge(kind, 1, Integer::sum);
                    }
                }));
            }
            Map<String, Figures> out = new LinkedHashMap<>();
            nanos.forEach((kind, list) -> out.put(kind,
                    new Figures(kind, list.stream().mapToLong(Long::longValue).toArray(), errors.get(kind))));
            return out;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("a bench client failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One client's loop: {nanos, 0} per answered request, {nanos, 1} per error. */
    private Map<String, List<long[]>> client(Random random, AtomicInteger next, int requests) throws InterruptedException {
        Map<String, List<long[]>> mine = new LinkedHashMap<>();
        while (next.getAndIncrement() < requests) {
            int dice = random.nextInt(20);
            String kind = random.nextInt(100) < exportPercent ? EXPORT
                    : dice < 4 ? CONTROL : dice < 5 ? AREAS : dice < 9 ? CLUSTERS : EVENTS;
            int filter = kind.equals(EVENTS) ? random.nextInt(FILTERS.size()) : -1;
            String path = switch (kind) {
                case CONTROL -> controlPath(random);
                case AREAS -> areasPath(random);
                case CLUSTERS -> clustersPath(random);
                case EXPORT -> exportPath(random);
                default -> eventsPath(random, filter);
            };
            long start = System.nanoTime();
            int error = 0;
            try {
                // the whole body is read (as sent, compressed or not), then dropped: keeping or inflating it
                // would only load this JVM, on the server's two cores
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Accept-Encoding", acceptEncoding).timeout(Duration.ofSeconds(60)).build(),
                        HttpResponse.BodyHandlers.discarding());
                error = r.statusCode() == 200 ? 0 : 1;
            } catch (IOException e) {
                error = 1;
            }
            long[] figure = {System.nanoTime() - start, error};
            mine.computeIfAbsent(kind, k -> new ArrayList<>()).add(figure);
            if (filter >= 0) { // and by filter: is a slow tail one filter's, or every request's?
                mine.computeIfAbsent(BY_FILTER + FILTERS.get(filter), k -> new ArrayList<>()).add(figure);
            }
            if (thinkMillis > 0) {
                Thread.sleep(thinkMillis);
            }
        }
        return mine;
    }

    private static String controlPath(Random r) {
        return "/api/control?date=" + day(r, 0);
    }

    /** Areas of control of one of {@link #AREA_DAYS} days, the country or a region. */
    private static String areasPath(Random r) {
        return areasPath(r.nextInt(AREA_DAYS), r.nextBoolean());
    }

    private static String areasPath(int day, boolean whole) {
        LocalDate date = ApiBenchData.FIRST_DAY.plusDays((long) day * ApiBenchData.DAYS / AREA_DAYS);
        return "/api/control/areas?date=" + date + (whole ? "" : "&bbox=35.5,32.3,42.4,37.4");
    }

    /**
     * Asks once for each areas answer the measurement asks for: the target is the time of an answer
     * after its first computation. Returns the slowest first computation, in nanoseconds.
     */
    long computeAreas() throws IOException, InterruptedException {
        long slowest = 0;
        for (int day = 0; day < AREA_DAYS; day++) {
            for (boolean whole : new boolean[] {true, false}) {
                long start = System.nanoTime();
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + areasPath(day, whole)))
                        .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("bench-api: /api/control/areas answered " + r.statusCode());
                }
                slowest = Math.max(slowest, System.nanoTime() - start);
            }
        }
        return slowest;
    }

    /** The web map's markers for a view: the whole country, or a governorate zoomed in, with a date window. */
    private static String clustersPath(Random r) {
        boolean country = r.nextBoolean();
        String view = country ? "bbox=35.5,32.3,42.4,37.4&zoom=7" : bbox(r) + "&zoom=9";
        return "/api/clusters?" + view + window(r, r.nextBoolean() ? 30 : 365);
    }

    /**
     * A page of events as an analyst or the map asks for one: a few filters ({@link #FILTERS}' {@code
     * filter}th), usually the first page.
     */
    private String eventsPath(Random r, int filter) {
        List<ApiBenchData.Place> places = data.places();
        String filters = switch (filter) {
            case 0 -> "type=" + q(pick(r, List.of("Battles", "Explosions/Remote violence", "Protests"))) + window(r, 30);
            case 1 -> "admin1=" + q(pick(r, ApiBenchData.GOVERNORATES)) + window(r, 60);
            case 2 -> "actor=" + q(pick(r, ApiBenchData.ACTORS).name()) + window(r, 30);
            case 3 -> "side=" + pick(r, List.of("government", "opposition", "isis", "sdf")) + "&type=Battles";
            case 4 -> "place=" + q(places.get(r.nextInt(places.size())).name());
            case 5 -> bbox(r) + window(r, 90);
            case 6 -> "source=" + q(pick(r, ApiBenchData.OUTLETS)) + window(r, 14);
            default -> "text=shelling&admin1=" + q(pick(r, ApiBenchData.GOVERNORATES));
        };
        int page = r.nextInt(10) < 7 ? 1 : 2 + r.nextInt(4);
        return "/api/events?" + filters + "&size=50&page=" + page;
    }

    /** A download from the map: the events of a governorate over a few months, as GeoJSON. */
    private static String exportPath(Random r) {
        return "/api/export?format=geojson&admin1=" + q(pick(r, ApiBenchData.GOVERNORATES)) + window(r, 120);
    }

    private static String window(Random r, int days) {
        LocalDate from = LocalDate.parse(day(r, days));
        return "&from=" + from + "&to=" + from.plusDays(days);
    }

    private static String bbox(Random r) {
        double west = 35.8 + r.nextDouble() * 5;
        double south = 32.5 + r.nextDouble() * 3.5;
        return String.format(Locale.ROOT, "bbox=%.2f,%.2f,%.2f,%.2f", west, south, west + 1, south + 1);
    }

    private static String day(Random r, int room) {
        return ApiBenchData.FIRST_DAY.plusDays(r.nextInt(ApiBenchData.DAYS - room)).toString();
    }

    private static <T> T pick(Random r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
