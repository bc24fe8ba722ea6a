package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.store.Store;
import org.sitrep.store.control.ControlTimeline;
import org.sitrep.store.sources.SourceStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep bench-sources}: what keeping source reliability up to date costs each ingested
 * report. Fills a fresh H2 store with synthetic events (the API benchmark's data, fixed seed), then
 * stores more reports into it and times the reliability update inside each report's transaction
 * against the whole ingest; a full recount is timed for comparison. The control timelines, kept
 * and brought up to date by what a report changed, are timed the same way against a whole reading.
 */
@Command(name = "bench-sources", mixinStandardHelpOptions = true,
        description = {"Measures the incremental update of source reliability at ingest: fills a fresh store (an H2 "
                + "file in a temporary directory) with N synthetic events, then stores R more reports of 50 events "
                + "and prints the time per report of the whole ingest and of the reliability update in it, and the "
                + "time of a full recount.",
                "Then times bringing every place's control timeline up to date after one more report, against "
                        + "reading them whole.",
                "The last line reads: bench-sources: <N> events: update <U> ms/report of ingest <I> ms/report; full "
                        + "recount <S> s; timelines <T> ms (whole <W> ms)."})
public final class BenchSourcesCommand implements Callable<Integer> {
    private static final int PER_REPORT = 50;
    /** Reports after each of which the control timelines are timed. */
    private static final int TIMELINE_REPORTS = 5;

    @Spec
    CommandSpec spec;

    @Option(names = "--events", paramLabel = "N", description = "Events stored first (default: ${DEFAULT-VALUE}).")
    int events = 100_000;

    @Option(names = "--reports", paramLabel = "R", description = "Reports measured afterwards (default: ${DEFAULT-VALUE}).")
    int reports = 200;

    @Option(names = "--places", paramLabel = "N", description = "Places of the synthetic country (default: ${DEFAULT-VALUE}).")
    int places = 3000;

    @Option(names = "--seed", description = "Seed of the data (default: ${DEFAULT-VALUE}).")
    long seed = 20170101L;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (events < 0 || reports < 1 || places < 1) {
            err.println("sitrep: bench-sources: --events must be 0 or more, --reports and --places 1 or more");
            return 2;
        }
        out.println(BenchMachine.line("start"));
        Path dir = Files.createTempDirectory("sitrep-bench-sources");
        try (Store store = Store.openDataDir(dir)) {
            long start = System.nanoTime();
            new ApiBenchData(seed, places).fill(store, events, PER_REPORT, err);
            SourceStore.UpdateCost filling = store.sources().updateCost();
            out.println(String.format(Locale.ROOT, "filled: %d events, %d merged events, in %.1f s (%.1f s of it "
                    + "updating reliability)", store.events().count(), store.incidents().count(),
                    (System.nanoTime() - start) / 1e9, filling.nanos() / 1e9));
            out.flush();

            SourceStore.UpdateCost before = store.sources().updateCost();
            start = System.nanoTime();
            // other outlets' reports over the same war: they merge with, rival and reverse what is stored
            new ApiBenchData(seed + 1, places).fill(store, reports * PER_REPORT, PER_REPORT, err, "more");
            double ingestMs = (System.nanoTime() - start) / 1e6 / reports;
            SourceStore.UpdateCost after = store.sources().updateCost();
            double updateMs = (after.nanos() - before.nanos()) / 1e6 / Math.max(1, after.updates() - before.updates());

            start = System.nanoTime();
            int recounted = store.sources().rebuild();
            double recountS = (System.nanoTime() - start) / 1e9;
            out.println(String.format(Locale.ROOT, "%d reports of %d events into a store of %d: ingest %.1f ms/report, "
                    + "reliability update %.2f ms/report (%.0f %%); full recount of %d merged events %.1f s",
                    reports, PER_REPORT, events, ingestMs, updateMs, 100 * updateMs / ingestMs, recounted, recountS));
            Timelines timelines = timelines(store, err);
            out.println(String.format(Locale.ROOT, "control timelines after one more report: brought up to date %.1f "
                    + "ms, read whole %.1f ms (medians of %d reports; %d places)", timelines.keptMs(),
                    timelines.wholeMs(), TIMELINE_REPORTS, store.control().timelines().size()));
            out.println(String.format(Locale.ROOT, "bench-sources: %d events: update %.2f ms/report of ingest %.1f "
                    + "ms/report; full recount %.1f s; timelines %.1f ms (whole %.1f ms)", store.events().count(),
                    updateMs, ingestMs, recountS, timelines.keptMs(), timelines.wholeMs()));
            out.println(BenchMachine.line("end"));
            out.flush();
            return 0;
        } finally {
            BenchCommand.deleteTree(dir);
        }
    }

    private record Timelines(double keptMs, double wholeMs) {
    }

    /** Medians over a few reports (each its own seed) of the kept timelines' update and of a whole reading. */
    private Timelines timelines(Store store, PrintWriter err) {
        store.control().timelines(); // up to date with all stored so far
        double[] kept = new double[TIMELINE_REPORTS];
        double[] whole = new double[TIMELINE_REPORTS];
        for (int i = 0; i < TIMELINE_REPORTS; i++) {
            new ApiBenchData(seed + 2 + i, places).fill(store, PER_REPORT, PER_REPORT, err, "timelines-" + i);
            long start = System.nanoTime();
            store.control().timelines();
            kept[i] = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            new ControlTimeline(store.database()).timelines();
            whole[i] = (System.nanoTime() - start) / 1e6;
        }
        java.util.Arrays.sort(kept);
        java.util.Arrays.sort(whole);
        return new Timelines(kept[TIMELINE_REPORTS / 2], whole[TIMELINE_REPORTS / 2]);
    }
}
