package org.sitrep.cli;

import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.extract.Extractor;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.server.ServerConfig;
import org.sitrep.server.map.MapLayers;
import org.sitrep.store.Page;
import org.sitrep.store.PageRequest;
import org.sitrep.store.Store;
import org.sitrep.store.control.PlaceTimeline;
import org.sitrep.store.merge.IncidentStore;
import org.sitrep.store.report.StoredReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep demo}: stores the bundled sample reports and shows what was stored. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingests the sample reports bundled in samples/ (the same as 'sitrep ingest samples/') and "
                + "prints what the store holds: each report with its date and event count, then the events, "
                + "merged incidents and control changes; then, in a terminal, serves them (the API and the map) on "
                + "http://127.0.0.1:7070/ until Ctrl-C.",
                "Running it again changes nothing."})
public final class DemoCommand implements Callable<Integer> {
    /** Where the samples are when not beside the program (e.g. a copied jar). */
    static final String SAMPLES_PROPERTY = "sitrep.samples";

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Mixin
    StoreOption db;

    @Option(names = "--samples", paramLabel = "DIR",
            description = "The sample reports (default: samples/ of the Sitrep checkout the program runs from).")
    Path samples;

    @Option(names = "--serve", negatable = true,
            description = "Then serve the API and the map until Ctrl-C (default: when run in a terminal; "
                    + "--no-serve for scripts and CI).")
    Boolean serve;

    @Mixin
    ServerOptions where;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = samples != null ? samples : locateSamples();
        if (!Files.isDirectory(dir)) {
            err.println("sitrep: no sample reports at " + dir + " (give --samples DIR)");
            return 1;
        }
        try (Store store = db.open(data)) {
            Extractor extractor = ExtractorChoice.forStore(data.dataDir());
            BatchIngest.Summary summary = new BatchIngest(store, extractor, err, Progress.onTerminal(err),
                    Runtime.getRuntime().availableProcessors()).run(ReadOptions.defaults(), List.of(dir.toString()));
            out.println("Sample reports from " + dir + ": " + summary.line());
            long size = store.database().fileSize();
            out.println("Store: " + store.database().describe()
                    + (size >= 0 ? " (file " + StoreCommand.megabytes(size) + ")" : ""));
            out.println();
            printReports(store, out);
            out.println();
            printEvents(store, out);
            out.flush();
            int status = summary.failed() > 0 ? 1 : 0;
            if (serve == null && System.console() == null) {
                out.println();
                out.println("Not serving: this is not a terminal (a script or CI). To see the map, run "
                        + "'sitrep serve' on this data, or 'sitrep demo --serve'.");
                return status;
            }
            if (serve != null && !serve) {
                return status;
            }
            out.println();
            ServerConfig config = ServerConfig.of(store, () -> extractor)
                    .withMap(MapLayers.of(data.dataDir(), List.of()))
                    .withPublicRead(where.publicRead);
            return Math.max(status, ServerRunner.serve(config, where, true, out, err));
        }
    }

    private static void printReports(Store store, PrintWriter out) {
        PageRequest page = PageRequest.first(200);
        Page<StoredReport> reports = store.reports().list(page);
        out.println("Reports (" + reports.total() + ")");
        while (true) {
            for (StoredReport r : reports.items()) {
                String date = r.referenceDate() == null ? "undated   " : r.referenceDate().toString();
                String title = r.title() == null || r.title().isBlank() ? r.id() : r.title();
                out.println(String.format(Locale.ROOT, "  %s  %4d %s  %s", date, r.eventCount(),
                        r.eventCount() == 1 ? "event " : "events", title));
            }
            if (!reports.hasMore()) {
                return;
            }
            page = page.next();
            reports = store.reports().list(page);
        }
    }

    private static void printEvents(Store store, PrintWriter out) {
        long events = store.events().count();
        IncidentStore.Stats stats = store.incidents().stats();
        out.println("Events");
        out.println(String.format(Locale.ROOT, "  %d events, merged into %d incidents: %d told by more than one source,"
                + " %d with conflicting fatality claims (kept side by side)", events, stats.incidents(),
                stats.corroborated(), stats.conflicting()));
        Map<String, Long> byType = store.events().countByType();
        byType.forEach((type, n) -> out.println(String.format(Locale.ROOT, "  %6d  %s", n, type)));
        List<PlaceTimeline> timelines = store.control().timelines();
        long changes = timelines.stream().mapToLong(t -> t.changes().size()).sum();
        long undated = timelines.stream().mapToLong(t -> t.undated().size()).sum();
        long contested = timelines.stream().filter(t -> !t.contested().isEmpty()).count();
        out.println(String.format(Locale.ROOT, "  control: %d dated changes (and %d of unknown year) in %d places,"
                + " %d places contested by sources", changes, undated, timelines.size(), contested));
    }

    /** samples/ in the checkout this program runs from (the launcher runs its jar from there). */
    static Path locateSamples() {
        String property = System.getProperty(SAMPLES_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        try {
            Path code = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = code.toAbsolutePath(); p != null; p = p.getParent()) {
                Path candidate = p.resolve("samples");
                if (Files.isDirectory(candidate)) {
                    return candidate;
                }
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // no code location: fall back to the working directory
        }
        return Path.of("samples");
    }
}
