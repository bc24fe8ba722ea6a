package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sitrep.store.Store;
import org.sitrep.store.db.Database;
import org.sitrep.store.db.H2Cache;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep bench-api}: API latency under concurrent clients. Fills a fresh store with synthetic
 * events (fixed seed), starts {@code sitrep serve} in its own JVM on a free loopback port, warms it
 * up, then measures filtered event pages, control maps and map views from many clients at once,
 * from this JVM. Loopback only; bounded in requests; stops by itself.
 */
@Command(name = "bench-api", mixinStandardHelpOptions = true,
        description = {"Measures the API under load: fills a fresh store (an H2 file in a temporary directory, or "
                + "--db) with N synthetic events, serves it on 127.0.0.1 from a JVM of its own, and has C clients "
                + "send filtered "
                + "/api/events pages (55%%), /api/control maps (20%%), /api/control/areas (5%%, 24 days, computed in the warm-up) "
                + "and /api/clusters map views (20%%) back to back.",
                "Prints p50/p95/p99/max latency and errors per kind for each client pace; each ends in a line "
                        + "'bench-api: PACE: p99 events X ms, control Y ms, areas A ms, map Z ms, errors E'."})
public final class BenchApiCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--events", paramLabel = "N", description = "Events to store (default: ${DEFAULT-VALUE}).")
    int events = 100_000;

    @Option(names = "--clients", paramLabel = "C", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients = 50;

    @Option(names = "--requests", paramLabel = "R", description = "Measured requests (default: ${DEFAULT-VALUE}).")
    int requests = 20_000;

    @Option(names = "--warm-up", paramLabel = "R", description = "Requests sent back to back before measuring, "
            + "with requests of their own (default: ${DEFAULT-VALUE}).")
    int warmUp = 10_000;

    @Option(names = "--think", paramLabel = "MS", split = ",",
            description = "Pause of each client between its requests, in milliseconds; several values run one "
                    + "measurement each (default: ${DEFAULT-VALUE}: back to back, then a user's pace).")
    List<Long> think = List.of(0L, 250L);

    @Option(names = "--places", paramLabel = "N", description = "Places of the synthetic country (default: ${DEFAULT-VALUE}).")
    int places = 3_000;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "Fill and serve this database instead of a temporary H2 file; a database that already "
                    + "holds events (from an earlier run) is served as it is.")
    String dbUrl;

    /** What the launcher gives {@code sitrep serve} (the script {@code sitrep}). */
    static final String SERVER_JAVA_OPTIONS = "-Xmx1536m -XX:+UseG1GC -XX:MaxGCPauseMillis=15";

    @Option(names = "--server-java-options", paramLabel = "OPTIONS",
            description = "JVM options of the server's process, separated by spaces (default: ${DEFAULT-VALUE}, "
                    + "as ./sitrep serve runs).")
    String serverJavaOptions = SERVER_JAVA_OPTIONS;

    @Option(names = "--exports", paramLabel = "PERCENT",
            description = "Make this share of the requests filtered GeoJSON exports (a governorate over 120 days), to "
                    + "measure what exports cost the other requests (default: ${DEFAULT-VALUE}).")
    int exportPercent = 0;

    @Option(names = "--accept-encoding", paramLabel = "ENCODING",
            description = "What the clients accept: gzip, as the web map's browser and most HTTP libraries ask (the "
                    + "server then compresses answers of more than 1,500 bytes), or identity (default: ${DEFAULT-VALUE}).")
    String acceptEncoding = "gzip";

    @Option(names = "--seed", description = "Seed of the data and the requests (default: ${DEFAULT-VALUE}).")
    long seed = 20240301L;

    @Override
    public Integer call() throws Exception {
        requireEncoding();
        PrintWriter out = spec.commandLine().getOut();
        out.println(BenchMachine.line("start"));
        Path dir = Files.createTempDirectory("sitrep-api-load");
        try {
            // filled as an ingest stores, served as serve opens a store: each with its H2 page cache
            // (serve gives a URL without CACHE_SIZE its own)
            String fillUrl = dbUrl != null ? H2Cache.STORING.appliedTo(dbUrl) : Database.h2FileUrl(dir, H2Cache.STORING);
            String url = dbUrl != null ? dbUrl : Database.h2FileUrl(dir, H2Cache.SERVING);
            ApiBenchData data = new ApiBenchData(seed, places);
            fill(fillUrl, data, out);
            List<String> jvm = List.of(serverJavaOptions.trim().split("\\s+"));
            try (ServerProcess server = ServerProcess.start(url, jvm, spec.commandLine().getErr())) {
                ApiLoad warm = new ApiLoad(server.url(), clients, 0, data, 0, acceptEncoding);
                warm.run(warmUp, seed + 1);
                out.println(String.format(Locale.ROOT, "areas of control: %d days computed, the slowest first "
                        + "computation %.0f ms", ApiLoad.AREA_DAYS, ms(warm.computeAreas())));
                int errors = 0;
                int pass = 0;
                for (long pause : think) {
                    ApiLoad load = new ApiLoad(server.url(), clients, pause, data, exportPercent, acceptEncoding);
                    long t0 = System.nanoTime();
                    Optional<Duration> cpu0 = server.cpuTime();
                    Optional<Duration> clients0 = ProcessHandle.current().info().totalCpuDuration();
                    // each pass asks its own requests: a pass repeating the one before would find its answers kept
                    Map<String, ApiLoad.Figures> figures = load.run(requests, seed + 2 + pass++);
                    double seconds = (System.nanoTime() - t0) / 1e9;
                    errors += print(out, figures, pause, seconds);
                    printCpu(out, cpu0, server.cpuTime(), seconds);
                    printClientsCpu(out, clients0, ProcessHandle.current().info().totalCpuDuration(), seconds);
                }
                out.println("server memory: " + server.memory().map(ProcessMemory::describe)
                        .orElse("unknown (read from /proc on Linux only)"));
                out.println(BenchMachine.line("end"));
                out.flush();
                return errors == 0 ? 0 : 1;
            }
        } finally {
            deleteTree(dir);
        }
    }

    private void requireEncoding() {
        if (!acceptEncoding.equals("gzip") && !acceptEncoding.equals("identity")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--accept-encoding must be gzip or identity, not '" + acceptEncoding + "'");
        }
    }

    /** Fills the store unless it holds events already; closed after, for the server process to open. */
    private void fill(String url, ApiBenchData data, PrintWriter out) {
        try (Store store = Store.open(url)) {
            long start = System.nanoTime();
            long stored = store.events().count();
            if (stored == 0) {
                stored = data.fill(store, events, 50, spec.commandLine().getErr());
            }
            out.println(String.format(Locale.ROOT, "stored %d events (%d merged events, %d places with a change of "
                    + "control) in %s in %.1f s", stored, store.incidents().count(), store.control().places().size(),
                    store.database().describe(), (System.nanoTime() - start) / 1e9));
            out.flush();
        }
    }

    /** Prints one measurement; returns its errors. */
    private int print(PrintWriter out, Map<String, ApiLoad.Figures> figures, long pause, double seconds) {
        out.println();
        out.println(String.format(Locale.ROOT, "%d clients%s, %d requests in %.1f s (%.0f requests/s), %d cores, "
                + "Accept-Encoding %s, server JVM %s", clients, pause > 0 ? " (" + pause + " ms pause)" : " (back to back)",
                requests, seconds, requests / seconds, Runtime.getRuntime().availableProcessors(), acceptEncoding,
                serverJavaOptions.trim()));
        out.println(String.format(Locale.ROOT, "%-34s %7s %8s %8s %8s %8s %7s", "request", "count", "p50 ms", "p95 ms",
                "p99 ms", "max ms", "errors"));
        for (ApiLoad.Figures f : figures.values()) {
            out.println(String.format(Locale.ROOT, "%-34s %7d %8.1f %8.1f %8.1f %8.1f %7d", f.kind(), f.nanos().length,
                    ms(f.percentile(50)), ms(f.percentile(95)), ms(f.percentile(99)), ms(f.max()), f.errors()));
        }
        ApiLoad.Figures e = figures.get(ApiLoad.EVENTS);
        ApiLoad.Figures c = figures.get(ApiLoad.CONTROL);
        ApiLoad.Figures a = figures.get(ApiLoad.AREAS);
        ApiLoad.Figures m = figures.get(ApiLoad.CLUSTERS);
        int errors = figures.values().stream().mapToInt(ApiLoad.Figures::errors).sum();
        out.println(String.format(Locale.ROOT, "bench-api: %s: p99 events %.1f ms, control %.1f ms, areas %.1f ms, "
                + "map %.1f ms, errors %d", pause > 0 ? pause + " ms pause" : "back to back", ms(e.percentile(99)),
                ms(c.percentile(99)), ms(a.percentile(99)), ms(m.percentile(99)), errors));
        out.flush();
        return errors;
    }

    /**
     * The load generator's own CPU in the same pass: with the server's, how much of the machine the two
     * took. On a machine this small a pass near all its cores queues requests on the processor, and
     * the tail it measures is that queue as much as the server's work.
     */
    private static void printClientsCpu(PrintWriter out, Optional<Duration> before, Optional<Duration> after,
            double seconds) {
        if (before.isPresent() && after.isPresent()) {
            double cpu = after.get().minus(before.get()).toNanos() / 1e9;
            out.println(String.format(Locale.ROOT, "load generator CPU: %.1f s (%.2f of %d cores)", cpu,
                    cpu / seconds, Runtime.getRuntime().availableProcessors()));
            out.flush();
        }
    }

    /** The server's CPU time over a pass, in all and per request, where the OS tells it. */
    private void printCpu(PrintWriter out, Optional<Duration> before, Optional<Duration> after, double seconds) {
        if (before.isEmpty() || after.isEmpty()) {
            out.println("server CPU: unknown (the OS does not tell a process's CPU time)");
        } else {
            double cpu = after.get().minus(before.get()).toNanos() / 1e9;
            out.println(String.format(Locale.ROOT, "server CPU: %.1f s in %.1f s (%.2f of %d cores), %.2f ms a request",
                    cpu, seconds, cpu / seconds, Runtime.getRuntime().availableProcessors(), cpu * 1000 / requests));
        }
        out.flush();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
