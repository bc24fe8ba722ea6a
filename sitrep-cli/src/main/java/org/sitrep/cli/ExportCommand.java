package org.sitrep.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.extract.Extractors;
import org.sitrep.extract.actor.ActorDictionary;
import org.sitrep.server.BadParameterException;
import org.sitrep.server.FilterAliases;
import org.sitrep.server.Filters;
import org.sitrep.server.ReviewFilters;
import org.sitrep.server.export.ExportFormat;
import org.sitrep.server.export.ExportSummary;
import org.sitrep.server.export.Exporter;
import org.sitrep.store.Store;
import org.sitrep.store.event.EventQuery;
import org.sitrep.store.review.ReviewFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep export}: the stored events as ACLED CSV, GeoJSON or JSON Lines. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the stored events that match the filters (the same as the API's) to a file or stdout.",
                "acled-csv: one row per event (merged across reports) with ACLED's columns, so ACLED tooling reads it; "
                        + "events whose year is unknown are left out. geojson: a FeatureCollection of the events "
                        + "with coordinates. jsonl: every source's account, one event JSON per line.",
                "A file is written whole or not at all (to a temporary file, then renamed). What was left out is "
                        + "counted on stderr."})
public final class ExportCommand implements Callable<Integer> {
    /** Rows named on stderr for what they lack; the rest are counted. */
    private static final int MAX_WARNINGS = 20;
    /** An export is for sharing: readable by the group and others, as files the user writes are (not a temporary file's 0600). */
    private static final String FILE_MODE = "rw-r--r--";

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Mixin
    StoreOption db;

    @Option(names = "--format", required = true, paramLabel = "F", description = "acled-csv, geojson, jsonl, or training (the events "
            + "people reviewed, one ACLED CSV record per account with its sentence in notes, for sitrep train "
            + "--corrections).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here (default: stdout).")
    Path out;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Events dated on or after.")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Events dated on or before.")
    String to;

    @Option(names = "--type", paramLabel = "T", description = "ACLED event type, e.g. Battles.")
    String type;

    @Option(names = "--sub-type", paramLabel = "T", description = "ACLED sub-event type, e.g. 'Armed clash'.")
    String subType;

    @Option(names = "--actor", paramLabel = "A", description = "An actor of the event, by name or parent's name.")
    String actor;

    @Option(names = "--side", paramLabel = "S", description = "A side of any of its actors, e.g. government.")
    String side;

    @Option(names = "--place", paramLabel = "P", description = "The place's name or its mention in the text.")
    String place;

    @Option(names = {"--admin1", "--governorate"}, paramLabel = "G", description = "The place's governorate.")
    String admin1;

    @Option(names = {"--admin2", "--district"}, paramLabel = "D",
            description = "The place's district (second-level area), e.g. \"Afrin District\" or afrin.")
    String admin2;

    @Option(names = "--country", paramLabel = "C", description = "The event's country.")
    String country;

    @Option(names = "--bbox", paramLabel = "W,S,E,N", description = "Events placed inside this box (degrees).")
    String bbox;

    @Option(names = "--source", paramLabel = "S", description = "Who says so, or the outlet that published the report.")
    String source;

    @Option(names = "--text", paramLabel = "Q", description = "Words in the evidence sentence.")
    String text;

    @Option(names = "--status", paramLabel = "S", description = "Review status(es), comma-separated, or all "
            + "(default: every status but rejected and merged).")
    String status;

    @Option(names = "--reviewer", paramLabel = "U", description = "Events last reviewed by this user.")
    String reviewer;

    @Option(names = "--corrected", paramLabel = "true|false", description = "Events people corrected, or never did.")
    String corrected;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ExportFormat chosen;
        EventQuery query;
        ReviewFilter review;
        try {
            chosen = ExportFormat.of(format);
            query = Filters.eventQuery(filters()); // its names are checked against the store's below
            review = ReviewFilters.of(filters());
        } catch (BadParameterException e) {
            err.println("sitrep: export: " + e.getMessage());
            return 2;
        }
        try (Store store = db.open(data)) {
            ActorDictionary actors = ActorDictionary.load(Extractors.userActorFiles(data.dataDir()));
            try {
                query = new FilterAliases(actors, FilterAliases.sidesOf(store), FilterAliases.admin1Of(store),
                        FilterAliases.admin2Of(store)).resolve(query);
            } catch (BadParameterException e) {
                err.println("sitrep: export: " + e.getMessage());
                return 2;
            }
            Exporter exporter = new Exporter(store, () -> actors);
            ExportSummary summary = out == null ? toStdout(exporter, query, review, chosen)
                    : toFile(exporter, query, review, chosen);
            String where = out == null ? "stdout" : out.toString();
            err.println(String.format(Locale.ROOT, "sitrep: export: %d %s written to %s", summary.written(),
                    chosen == ExportFormat.JSONL ? "accounts" : "events", where)
                    + (summary.skipped() == 0 ? "" : String.format(Locale.ROOT, "; %d events left out (%s)",
                            summary.skipped(), summary.skippedWhy())));
            summary.warnings().stream().limit(MAX_WARNINGS).forEach(w -> err.println("sitrep: export: warning: " + w));
            if (summary.warnings().size() > MAX_WARNINGS) {
                err.println("sitrep: export: warning: and " + (summary.warnings().size() - MAX_WARNINGS) + " rows more");
            }
            err.flush();
            return 0;
        }
    }

    private ExportSummary toStdout(Exporter exporter, EventQuery query, ReviewFilter review, ExportFormat chosen)
            throws IOException {
        OutputStream stdout = new BufferedOutputStream(System.out) {
            @Override
            public void close() throws IOException {
                flush(); // never close the process's stdout
            }
        };
        ExportSummary summary = exporter.export(query, review, chosen, stdout);
        stdout.flush();
        return summary;
    }

    /** Writes a temporary file beside the target and renames it: no half-written file under the name. */
    private ExportSummary toFile(Exporter exporter, EventQuery query, ReviewFilter review, ExportFormat chosen)
            throws IOException {
        Path target = out.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
        try {
            ExportSummary summary;
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(temp))) {
                summary = exporter.export(query, review, chosen, file);
            }
            if (Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString(FILE_MODE));
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return summary;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The options as the API's query parameters, so both are checked by the same rules. */
    private Map<String, List<String>> filters() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        put(p, "from", from);
        put(p, "to", to);
        put(p, "type", type);
        put(p, "sub_type", subType);
        put(p, "actor", actor);
        put(p, "side", side);
        put(p, "place", place);
        put(p, "admin1", admin1);
        put(p, "admin2", admin2);
        put(p, "country", country);
        put(p, "bbox", bbox);
        put(p, "source", source);
        put(p, "text", text);
        put(p, "status", status);
        put(p, "reviewer", reviewer);
        put(p, "corrected", corrected);
        return p;
    }

    private static void put(Map<String, List<String>> p, String name, String value) {
        if (value != null) {
            p.put(name, List.of(value));
        }
    }
}
