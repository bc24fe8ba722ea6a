package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.gazetteer.AreaImport;
import org.sitrep.gazetteer.Candidate;
import org.sitrep.gazetteer.Countries;
import org.sitrep.gazetteer.GeoContext;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.gazetteer.Gazetteers;
import org.sitrep.gazetteer.GeonamesImport;
import org.sitrep.gazetteer.Place;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep gazetteer import | import-areas | lookup}: the data directory's gazetteer. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        description = "Imports places and admin areas into the data directory's gazetteer, and shows how a "
                + "name is resolved. The built-in gazetteer (GeoNames cities500) needs no import.",
        subcommands = {GazetteerCommand.Import.class, GazetteerCommand.ImportAreas.class, GazetteerCommand.Lookup.class})
public final class GazetteerCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** One file's import; a failure is reported with the file's name. */
    @FunctionalInterface
    interface FileImport {
        void run(Path file) throws IOException;
    }

    /**
     * Imports each file in turn: a missing or broken one is reported in one line naming it and does
     * not stop the others. Returns the exit status, 1 when any failed.
     */
    static int eachFile(List<Path> files, PrintWriter err, FileImport action) {
        int failed = 0;
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                err.println("sitrep: " + file + ": no such file");
                failed++;
                continue;
            }
            try {
                action.run(file);
            } catch (IOException | RuntimeException e) {
                err.println("sitrep: " + file + ": " + e.getMessage());
                failed++;
            }
        }
        return failed == 0 ? 0 : 1;
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Adds a GeoNames-format file (the 19-column geoname table: SY.txt, SY.zip, allCountries.txt, "
                    + "cities500.txt…; also admin1CodesASCII.txt) to the data directory's gazetteer. Importing a "
                    + "file of the same name again replaces it. Broken lines are skipped and counted.")
    static final class Import implements Callable<Integer> {
        @Mixin
        DataDirOption data;

        @Parameters(paramLabel = "FILE", arity = "1..*", description = "GeoNames-format files.")
        List<Path> files;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            return eachFile(files, err, file -> {
                long start = System.nanoTime();
                GeonamesImport.Report report = GeonamesImport.importFile(file, data.dataDir());
                out.printf(Locale.ROOT, "%s in %.1f s%n", report.summary(), (System.nanoTime() - start) / 1e9);
                for (String example : report.examples()) {
                    err.println("sitrep: " + file + ": " + example + " (skipped)");
                }
            });
        }
    }

    @Command(name = "import-areas", mixinStandardHelpOptions = true,
            description = "Adds admin-area polygons (a GeoJSON FeatureCollection of Polygon/MultiPolygon features with "
                    + "a name and, where known, a pcode) to the data directory's gazetteer. Places without admin1/admin2 "
                    + "get them from the polygon they lie in.")
    static final class ImportAreas implements Callable<Integer> {
        @Mixin
        DataDirOption data;

        @Parameters(paramLabel = "FILE", arity = "1..*", description = "GeoJSON files.")
        List<Path> files;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            return eachFile(files, spec.commandLine().getErr(),
                    file -> out.println(AreaImport.importFile(file, data.dataDir()).summary()));
        }
    }

    @Command(name = "lookup", mixinStandardHelpOptions = true,
            description = "Lists the candidates for a place name with their score and the reasons for it, best first.")
    static final class Lookup implements Callable<Integer> {
        @Mixin
        DataDirOption data;

        @Parameters(paramLabel = "NAME", arity = "1..*", description = "The name as written (several words are joined).")
        List<String> name;

        @Option(names = "--near", paramLabel = "PLACE", description = "A place named nearby in the text.")
        List<String> near = new ArrayList<>();

        @Option(names = "--admin1", paramLabel = "NAME", description = "The region the text names (\"northern Hama\").")
        String admin1;

        @Option(names = "--country", paramLabel = "CC", description = "ISO 3166 alpha-2 code of the country the text is about.")
        String country;

        @Option(names = "--gazetteer", paramLabel = "FILE", description = "Extra GeoNames-format file for this run.")
        List<Path> extra = new ArrayList<>();

        @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "At most N candidates (default 10).")
        int limit;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Gazetteer gazetteer = Gazetteers.load(data.dataDir(), extra);
            List<Place> nearby = new ArrayList<>();
            for (String n : near) {
                var p = gazetteer.geocoder().best(n, new GeoContext(admin1, country, List.of(), null));
                if (p.isPresent()) {
                    nearby.add(p.get());
                } else {
                    err.println("sitrep: --near " + n + ": not in the gazetteer (ignored)");
                }
            }
            String query = String.join(" ", name);
            GeoContext context = new GeoContext(admin1, country, nearby, null);
            List<Candidate> candidates = gazetteer.lookup(query, context);
            out.printf("%d candidate%s for \"%s\"%s%n", candidates.size(), candidates.size() == 1 ? "" : "s", query,
                    describe(context));
            int shown = 0;
            for (Candidate c : candidates) {
                if (shown++ >= limit) {
                    out.printf("… %d more (--limit)%n", candidates.size() - limit);
                    break;
                }
                Place p = c.place();
                out.printf(Locale.ROOT, "%2d. %-28s score %.3f  id %d  %s.%s  %s  %.5f, %.5f%n", shown, p.name(),
                        c.score(), p.id(), p.featureClass(), p.featureCode(),
                        String.join(", ", nonNull(p.admin2(), p.admin1(), Countries.name(p.countryCode()))),
                        p.latitude(), p.longitude());
                out.printf("    %s; %s%n", c.match(), String.join("; ", c.reasons()));
            }
            out.println("placed as: " + gazetteer.geocoder().locate(query, context).rule());
            return 0;
        }

        private static String describe(GeoContext c) {
            List<String> parts = new ArrayList<>();
            if (c.regionHint() != null) {
                parts.add("in " + c.regionHint());
            }
            if (!c.nearby().isEmpty()) {
                parts.add("near " + String.join(", ", c.nearby().stream().map(Place::name).toList()));
            }
            if (c.countryHint() != null) {
                parts.add("country " + c.countryHint());
            }
            return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
        }

        private static List<String> nonNull(String... values) {
            List<String> out = new ArrayList<>();
            for (String v : values) {
                if (v != null && !v.isBlank()) {
                    out.add(v);
                }
            }
            return out;
        }
    }
}
