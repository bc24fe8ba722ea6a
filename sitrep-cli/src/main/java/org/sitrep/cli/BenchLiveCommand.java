package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sitrep.cli.watch.Watcher;
import org.sitrep.extract.Extractor;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.ingest.watch.PoliteFetcher;
import org.sitrep.ingest.watch.WatchedIds;
import org.sitrep.server.ServerConfig;
import org.sitrep.server.SitrepServer;
import org.sitrep.store.Store;
import org.sitrep.store.watch.Source;
import org.sitrep.store.watch.SourceKind;
import org.sitrep.store.watch.SourceList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitrep bench-live}: what watching costs and how fast it is, against outlets this command
 * serves itself on 127.0.0.1, with the API server running in the same JVM on a fresh H2 store:
 * one poll of 100 unchanged feeds, the time from an article's publication to its events in
 * /api/events, and with {@code --soak} the heap over a long run.
 */
@Command(name = "bench-live", mixinStandardHelpOptions = true,
        description = {"Measures watching against local outlets (127.0.0.1 only) with the server running: the cost "
                + "of one poll of N unchanged feeds (answered 304, then 200 with every item already seen), and the "
                + "time from publication to the event in /api/events.",
                "--soak MINUTES keeps watching and publishing for that long and prints the heap after a collection "
                        + "every 30 s, to show it does not grow."})
public final class BenchLiveCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--sources", paramLabel = "N", description = "Feeds polled (default: ${DEFAULT-VALUE}).")
    int sources = 100;

    @Option(names = "--every", paramLabel = "SECONDS", description = "Polling interval of the watched feeds in the "
            + "latency and soak runs (default: ${DEFAULT-VALUE}).")
    int every = 2;

    @Option(names = "--items", paramLabel = "N", description = "Articles published one by one for the latency "
            + "figure (default: ${DEFAULT-VALUE}).")
    int items = 10;

    @Option(names = "--soak", paramLabel = "MINUTES", description = "Also watch for this long, publishing an article "
            + "every --publish-every seconds, and print the heap over time (default: no soak).")
    int soakMinutes;

    @Option(names = "--publish-every", paramLabel = "SECONDS", description = "During the soak (default: "
            + "${DEFAULT-VALUE}).")
    int publishEvery = 10;

    /**
     * Built on first use: picocli constructs every command when any runs, and a client loads
     * java.net.http and starts a selector thread (about 0.15 s of every command's start-up).
     */
    private HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        out.println(BenchMachine.line("start"));
        Path dir = Files.createTempDirectory("sitrep-bench-live");
        StringWriter log = new StringWriter();
        try (BenchOutlet outlet = new BenchOutlet(sources + 1); Store store = Store.openDataDir(dir)) {
            long t0 = System.nanoTime();
            Extractor extractor = ExtractorChoice.forStore(dir);
            out.printf(Locale.ROOT, "bench-live: extractor loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            SourceList list = SourceList.inDataDir(dir);
            List<Source> feeds = new ArrayList<>();
            for (int i = 0; i < sources; i++) {
                outlet.publish(i);
                feeds.add(new Source(outlet.feedUrl(i), "feed " + i, Duration.ofHours(1), SourceKind.FEED));
            }
            SitrepServer server = new SitrepServer(ServerConfig.of(store, () -> extractor), list).start(0);
            // no per-host delay: every feed is on 127.0.0.1, and the figure is Sitrep's own cost
            PoliteFetcher.Settings fetching = PoliteFetcher.Settings.defaults().withHostGap(Duration.ZERO);
            try (Watcher watcher = new Watcher(store, list, () -> extractor, ReadOptions.defaults(), fetching, 4,
                    new PrintWriter(log, true))) {
                pollCost(out, watcher, feeds, store);
            }
            Source live = new Source(outlet.feedUrl(sources), "live", Duration.ofSeconds(every), SourceKind.FEED);
            list.add(live);
            try (Watcher watcher = new Watcher(store, list, () -> extractor, ReadOptions.defaults(),
                    fetching, 4, new PrintWriter(log, true)).start()) {
                latency(out, outlet, server.url());
                if (soakMinutes > 0) {
                    soak(out, outlet, server.url(), watcher, store);
                }
            } finally {
                server.stop();
            }
        } finally {
            deleteTree(dir);
        }
        String errors = log.toString().strip();
        if (errors.contains("failed") || errors.contains("not read")) {
            out.println("bench-live: the watcher reported failures:\n" + errors);
        }
        out.println(BenchMachine.line("end"));
        out.flush();
        return 0;
    }

    private void pollCost(PrintWriter out, Watcher watcher, List<Source> feeds, Store store) throws Exception {
        long t = System.nanoTime();
        watcher.pollNow(feeds);
        out.printf(Locale.ROOT, "bench-live: first poll of %d feeds (one new article each, stored): %.2f s, "
                + "the store holds %d reports%n", feeds.size(), (System.nanoTime() - t) / 1e9, store.reports().count());
        for (int round = 0; round < 2; round++) {
            measure(out, "unchanged, conditional (304)", () -> watcher.pollNow(feeds), feeds.size());
        }
        // without validators the outlets answer 200 with the whole feed; every item is seen already
        for (Source s : feeds) {
            var st = store.watch().state(s.url());
            store.watch().save(new org.sitrep.store.watch.SourceState(st.url(), st.lastFetch(), st.lastSuccess(),
                    st.httpStatus(), st.newItems(), st.totalItems(), st.lastError(), st.failures(), st.nextDue(),
                    null, null));
        }
        measure(out, "unchanged, full feed (200, items seen)", () -> watcher.pollNow(feeds), feeds.size());
    }

    private interface Poll {
        void run() throws Exception;
    }

    private static void measure(PrintWriter out, String what, Poll poll, int n) throws Exception {
        long cpu = cpuNanos();
        long t = System.nanoTime();
        poll.run();
        double wall = (System.nanoTime() - t) / 1e6;
        double cpuMs = (cpuNanos() - cpu) / 1e6;
        out.printf(Locale.ROOT, "bench-live: poll of %d %s feeds: %.0f ms wall, %.0f ms CPU (%.2f ms CPU per feed, "
                + "outlet included)%n", n, what, wall, cpuMs, cpuMs / n);
    }

    private void latency(PrintWriter out, BenchOutlet outlet, String base) throws Exception {
        List<Double> seconds = new ArrayList<>();
        Thread.sleep(every * 1000L + 500);
        for (int i = 0; i < items; i++) {
            // publish at a random moment of the interval, as outlets do
            Thread.sleep((long) (Math.random() * every * 1000));
            long t = System.nanoTime();
            String url = outlet.publish(sources);
            awaitEvents(base, url, Duration.ofSeconds(every + 30));
            seconds.add((System.nanoTime() - t) / 1e9);
        }
        seconds.sort(Comparator.naturalOrder());
        out.printf(Locale.ROOT, "bench-live: publication to event in /api/events (interval %d s, %d articles): "
                + "median %.2f s, max %.2f s%n", every, items, seconds.get(seconds.size() / 2),
                seconds.get(seconds.size() - 1));
    }

    private void soak(PrintWriter out, BenchOutlet outlet, String base, Watcher watcher, Store store)
            throws Exception {
        long end = System.nanoTime() + Duration.ofMinutes(soakMinutes).toNanos();
        long nextPublish = System.nanoTime();
        long nextReport = System.nanoTime();
        long start = System.nanoTime();
        List<Long> heaps = new ArrayList<>();
        while (System.nanoTime() < end) {
            if (System.nanoTime() >= nextPublish) {
                outlet.publish(sources);
                nextPublish += Duration.ofSeconds(publishEvery).toNanos();
            }
            if (System.nanoTime() >= nextReport) {
                System.gc();
                long heap = heapUsedMb();
                heaps.add(heap);
                out.printf(Locale.ROOT, "bench-live: soak %5.1f min: heap after GC %d MB, %d polls, %d reports, "
                        + "%d events in /api/events%n", (System.nanoTime() - start) / 60e9, heap, watcher.polls(),
                        store.reports().count(), total(base + "api/events?size=1"));
                out.flush();
                nextReport += Duration.ofSeconds(30).toNanos();
            }
            Thread.sleep(200);
        }
        System.gc();
        heaps.add(heapUsedMb());
        out.printf(Locale.ROOT, "bench-live: soak of %d min: heap after GC first %d MB, last %d MB, max %d MB%n",
                soakMinutes, heaps.get(0), heaps.get(heaps.size() - 1),
                heaps.stream().mapToLong(Long::longValue).max().orElse(0));
    }

    private void awaitEvents(String base, String articleUrl, Duration within) throws Exception {
        String report = WatchedIds.of(URI.create(articleUrl));
        long deadline = System.nanoTime() + within.toNanos();
        while (total(base + "api/events?size=1&report=" + URLEncoder.encode(report, StandardCharsets.UTF_8)) == 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(articleUrl + ": no event in /api/events within " + within.toSeconds()
                        + " s");
            }
            Thread.sleep(20);
        }
    }

    private long total(String url) throws IOException, InterruptedException {
        if (http == null) {
            http = HttpClient.newHttpClient();
        }
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        return json.readTree(r.body()).path("total").asLong();
    }

    private static long heapUsedMb() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
