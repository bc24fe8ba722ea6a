package org.sitrep.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.sitrep.extract.Extractor;
import org.sitrep.ingest.InputReports;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.json.SitrepJson;
import org.sitrep.model.Event;

/**
 * The Spark job in {@code local[2]} against one process on the same generated corpus of short
 * reports. The Spark job runs in its own JVM through {@code sitrep-spark/spark-local} (the CLI does
 * not depend on Spark); its time is taken from outside, start-up of the JVM and of Spark included.
 */
final class BenchSpark {
    /** Words of a "short report" in the Spark corpus: a paragraph or two. */
    private static final int REPORT_WORDS = 120;

    private final PrintWriter out;
    private final PrintWriter err;
    private final int threads;

    BenchSpark(PrintWriter out, PrintWriter err, int threads) {
        this.out = out;
        this.err = err;
        this.threads = threads;
    }

    void run(BenchCorpus corpus, Path dir, Path checkout, int reports, Extractor extractor) throws IOException {
        Path launcher = checkout.resolve("sitrep-spark").resolve("spark-local");
        if (!Files.isExecutable(launcher) || !Files.isDirectory(checkout.resolve("sitrep-spark/target/lib"))) {
            err.println("sitrep: bench: the Spark job is not built (mvn -B -pl sitrep-spark -am package -DskipTests): "
                    + "skipping the Spark comparison");
            return;
        }
        Files.createDirectories(dir);
        Path input = dir.resolve("corpus.jsonl");
        corpus.writeJsonl(input, reports, "spark", () -> corpus.body(REPORT_WORDS));

        long[] events = new long[1];
        int[] failures = new int[1];
        long start = System.nanoTime();
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("single.jsonl"), StandardCharsets.UTF_8);
                ParallelExtraction extraction = new ParallelExtraction(extractor, threads)) {
            // one corpus file of ~80 MB: over the default limit for a single file
            ReadOptions whole = ReadOptions.defaults().withMaxFileBytes(Long.MAX_VALUE);
            extraction.run(new InputReports(whole).read(List.of(input.toString())), outcome -> {
                if (!outcome.ok()) {
                    failures[0]++;
                }
                try {
                    for (Event e : outcome.events()) {
                        w.write(SitrepJson.eventLine(e));
                        w.newLine();
                        events[0]++;
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        double single = (System.nanoTime() - start) / 1e9;
        if (failures[0] > 0) {
            err.println("sitrep: bench: " + failures[0] + " inputs of the Spark corpus failed in one process");
        }
        // `sitrep extract` as a user runs it, in a JVM of its own like the Spark job: start-up,
        // loading and warm-up included on both sides of the comparison
        double command = timeExtractCommand(input, dir.resolve("command.jsonl"));

        Path log = dir.resolve("spark.log");
        start = System.nanoTime();
        Process job;
        int status;
        try {
            job = new ProcessBuilder(launcher.toString(), "--master", "local[2]", "--input", input.toString(),
                    "--format", "jsonl", "--out", dir.resolve("out").toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            status = job.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        double sparkSeconds = (System.nanoTime() - start) / 1e9;
        String summary = Files.readAllLines(log).stream().filter(l -> l.startsWith("spark job:")).reduce((a, b) -> b)
                .orElse("spark job: no summary (see the log)");
        if (status != 0) {
            err.println("sitrep: bench: the Spark job failed (exit " + status + "); its log:");
            Files.readAllLines(log).stream().skip(Math.max(0, Files.readAllLines(log).size() - 30)).forEach(err::println);
            return;
        }
        out.println(String.format(Locale.ROOT, "%-26s %8s %10s %9s %11s", "same corpus, short reports", "reports",
                "events", "seconds", "reports/s"));
        out.println(String.format(Locale.ROOT, "%-26s %8d %10d %9.1f %11.0f", "in this JVM, " + threads + " threads",
                reports, events[0], single, reports / single));
        if (command > 0) {
            out.println(String.format(Locale.ROOT, "%-26s %8d %10s %9.1f %11.0f", "sitrep extract (own JVM)", reports,
                    "", command, reports / command));
        }
        out.println(String.format(Locale.ROOT, "%-26s %8d %10s %9.1f %11.0f", "Spark local[2] (own JVM)", reports, "",
                sparkSeconds, reports / sparkSeconds));
        out.println(String.format(Locale.ROOT, "Spark / one process: %.2fx  (against `sitrep extract`; %.2fx against "
                + "the warm in-JVM run; %s)", sparkSeconds / (command > 0 ? command : single), sparkSeconds / single, summary));
        out.flush();
    }

    /** Local input from which the launcher (the script {@code sitrep}) lets C2 compile {@code extract}. */
    static final long C2_FROM_BYTES = 20L * 1024 * 1024;

    /** The JVM options the launcher gives {@code sitrep extract} of this many bytes: C1 alone below 20 MB. */
    static List<String> extractJavaOptions(long inputBytes) {
        return inputBytes < C2_FROM_BYTES ? List.of("-Xmx2g", "-XX:TieredStopAtLevel=1") : List.of("-Xmx2g");
    }

    /** Runs `sitrep extract INPUT > OUT` in a JVM of its own; its wall time in seconds, or -1 if it failed. */
    private double timeExtractCommand(Path input, Path output) throws IOException {
        List<String> cmd = OwnJvm.command(extractJavaOptions(Files.size(input)), "extract", "--threads", String.valueOf(threads),
                "--max-size", String.valueOf(Long.MAX_VALUE), input.toString());
        long start = System.nanoTime();
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(output.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (p.waitFor() != 0) {
                err.println("sitrep: bench: `sitrep extract` on the Spark corpus failed (exit " + p.exitValue() + ")");
                return -1;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
