package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sitrep.extract.RuleBasedExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep bench}: how fast extraction runs, on a corpus generated from the sample reports.
 * Start-up (dictionaries and gazetteer) is timed apart; then each report size is read and
 * extracted as {@code sitrep extract} does it, after a warm-up. Optionally: storing into H2 and
 * PostgreSQL, and the Spark job against one process on the same corpus.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures extraction on a corpus generated from the sample reports (paragraphs reshuffled, "
                + "numbers, days and places varied with a fixed seed): start-up, then short notes, seed-sized "
                + "reports (~700 words) and 20,000-word documents, reading included, on every core.",
                "The last line reads: extract: <N> reports/s, <M> sentences/s, peak heap <H> MB (seed-sized reports)."})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--reports", paramLabel = "N", description = "Seed-sized reports to extract (default: ${DEFAULT-VALUE}).")
    int reports = 1000;

    @Option(names = "--notes", paramLabel = "N", description = "Short notes to extract (default: ${DEFAULT-VALUE}).")
    int notes = 2000;

    @Option(names = "--long", paramLabel = "N", description = "20,000-word documents to extract (default: ${DEFAULT-VALUE}).")
    int longDocuments = 2;

    @Option(names = "--warm-up", paramLabel = "N",
            description = "Seed-sized reports extracted, untimed, before measuring; with --ingest or --pg, as many"
                    + " of the measured ones are first stored into a throwaway H2 store (default: ${DEFAULT-VALUE}).")
    int warmUp = 300;

    @Option(names = "--threads", paramLabel = "T", description = "Extraction threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--seed", description = "Seed of the generated corpus (default: ${DEFAULT-VALUE}).")
    long seed = 20180115L;

    @Option(names = "--samples", paramLabel = "DIR",
            description = "The sample reports the corpus is made from (default: samples/ of the Sitrep checkout).")
    Path samples;

    @Mixin
    ModelOptions model;

    @Option(names = "--data", paramLabel = "DIR",
            description = "A data directory whose imported gazetteer and actor files are loaded (default: the bundled data alone).")
    Path dataDir;

    @Option(names = "--ingest", description = "Also measure storing extracted events into a fresh H2 store (events/s).")
    boolean ingest;

    @Option(names = "--pg", paramLabel = "JDBC_URL",
            description = "Also measure storing into this PostgreSQL database, in a throwaway schema dropped afterwards.")
    String pgUrl;

    @Option(names = "--spark", description = "Also run the Spark job in local[2] against one process on the same "
            + "generated corpus (needs sitrep-spark built: mvn -pl sitrep-spark -am package -DskipTests).")
    boolean spark;

    @Option(names = "--spark-reports", paramLabel = "N",
            description = "Reports in the corpus of the Spark comparison (default: ${DEFAULT-VALUE}).")
    int sparkReports = 100_000;

    @Option(names = "--keep", paramLabel = "DIR", description = "Write the generated corpus here and keep it.")
    Path keep;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path samplesDir = samples != null ? samples : DemoCommand.locateSamples();
        if (!Files.isDirectory(samplesDir)) {
            err.println("sitrep: no sample reports at " + samplesDir + " (give --samples DIR)");
            return 1;
        }
        Path dir = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("sitrep-bench");
        try {
            return run(samplesDir, dir, out, err);
        } finally {
            if (keep == null) {
                deleteTree(dir);
            }
        }
    }

    private int run(Path samplesDir, Path dir, PrintWriter out, PrintWriter err) throws IOException {
        BenchCorpus corpus = BenchCorpus.fromSamples(samplesDir, seed);
        Path warmUpDir = writeReports(corpus, dir.resolve("warm-up"), "warm", warmUp, BenchCorpus.SEED_SIZED_WORDS);
        Path notesFile = dir.resolve("notes.jsonl");
        corpus.writeJsonl(notesFile, notes, "note", corpus::shortNote);
        Path seedsDir = writeReports(corpus, dir.resolve("seed-sized"), "seed", reports, BenchCorpus.SEED_SIZED_WORDS);
        Path longDir = writeReports(corpus, dir.resolve("long"), "long", longDocuments, 20_000);
        out.println(String.format(Locale.ROOT, "Corpus from %s (seed %d), %d threads, %d cores, max heap %d MB",
                samplesDir, seed, threads, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        out.println(BenchMachine.line("start"));
        out.flush();

        HeapPeak heap = new HeapPeak();
        heap.reset();
        long start = System.nanoTime();
        RuleBasedExtractor extractor = model.extractor(dataDir, List.of(), List.of());
        double startUp = (System.nanoTime() - start) / 1e9;

        BenchExtraction bench = new BenchExtraction(extractor, threads);
        bench.measure("warm-up", warmUpDir);
        List<BenchExtraction.Figure> figures = new ArrayList<>();
        figures.add(bench.measure("short note", notesFile));
        BenchExtraction.Figure seedSized = bench.measure("seed-sized report", seedsDir);
        figures.add(seedSized);
        if (longDocuments > 0) {
            figures.add(bench.measure("20,000-word document", longDir));
        }
        long peakMb = heap.megabytes();

        out.println(String.format(Locale.ROOT, "start-up (dictionaries, gazetteer, model): %.2f s", startUp));
        out.println(BenchExtraction.Figure.header());
        figures.forEach(f -> out.println(f.row()));
        int failed = figures.stream().mapToInt(BenchExtraction.Figure::failed).sum();
        if (failed > 0) {
            err.println("sitrep: bench: " + failed + " generated reports failed to read or extract");
        }
        out.flush();

        if (ingest || pgUrl != null) {
            new BenchIngest(out, err).run(bench.extractAll(seedsDir), warmUp, dir.resolve("h2"), ingest, pgUrl);
        }
        if (spark) {
            new BenchSpark(out, err, threads).run(corpus, dir.resolve("spark"), samplesDir.getParent(), sparkReports,
                    extractor);
        }
        out.println(BenchMachine.line("end"));
        out.println(String.format(Locale.ROOT, "extract: %.0f reports/s, %.0f sentences/s, peak heap %d MB",
                seedSized.reportsPerSecond(), seedSized.sentencesPerSecond(), peakMb));
        out.flush();
        return failed > 0 ? 1 : 0;
    }

    private static Path writeReports(BenchCorpus corpus, Path dir, String prefix, int count, int words)
            throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < count; i++) {
            corpus.writeTextReport(dir.resolve(String.format(Locale.ROOT, "%s-%06d.txt", prefix, i)),
                    "Bench report " + prefix + " " + i, corpus.date(), corpus.body(words));
        }
        return dir;
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory left behind is not worth failing the benchmark for
        }
    }
}
