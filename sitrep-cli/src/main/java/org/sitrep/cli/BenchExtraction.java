package org.sitrep.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.lang.Language;
import org.sitrep.extract.lang.LanguageFile;
import org.sitrep.extract.text.SentenceSplitter;
import org.sitrep.ingest.InputReports;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.ingest.ReadResult;
import org.sitrep.model.Event;
import org.sitrep.model.Report;

/** Times reading and extracting one input, as {@code sitrep extract} does it, on every thread given. */
final class BenchExtraction {
    /** One measured case: what was read and extracted, and how long it took. */
    record Figure(String name, int reports, long sentences, long words, long events, int failed, double seconds,
            double cpuSeconds, double jitSeconds) {
        double reportsPerSecond() {
            return reports / seconds;
        }

        double sentencesPerSecond() {
            return sentences / seconds;
        }

        String row() {
            return String.format(Locale.ROOT, "%-26s %8d %10d %10d %8d %9.2f %9.2f %7.2f %11.1f %13.0f", name, reports,
                    sentences, words, events, seconds, cpuSeconds, jitSeconds, reportsPerSecond(), sentencesPerSecond());
        }

        static String header() {
            return String.format(Locale.ROOT, "%-26s %8s %10s %10s %8s %9s %9s %7s %11s %13s", "extraction", "reports",
                    "sentences", "words", "events", "seconds", "cpu s", "jit s", "reports/s", "sentences/s");
        }
    }

    private final Extractor extractor;
    private final int threads;

    BenchExtraction(Extractor extractor, int threads) {
        this.extractor = extractor;
        this.threads = threads;
    }

    /** Reads and extracts {@code input}; sentences and words are counted beforehand, untimed. */
    Figure measure(String name, Path input) {
        SentenceSplitter splitter = new SentenceSplitter(Language.english().set(LanguageFile.ABBREVIATIONS));
        long[] size = new long[2];
        read(input).filter(ReadResult::ok).map(ReadResult::report).forEach(r -> {
            size[0] += splitter.split(r.body()).size();
            size[1] += BenchCorpus.words(r.body());
        });
        int[] counts = new int[2];
        long[] events = new long[1];
        long cpuStart = processCpuNanos();
        long jitStart = compilerMillis();
        long start = System.nanoTime();
        try (ParallelExtraction extraction = new ParallelExtraction(extractor, threads)) {
            extraction.run(read(input), outcome -> {
                counts[0]++;
                events[0] += outcome.events().size();
                if (!outcome.ok()) {
                    counts[1]++;
                }
            });
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (processCpuNanos() - cpuStart) / 1e9;
        double jit = (compilerMillis() - jitStart) / 1e3;
        return new Figure(name, counts[0], size[0], size[1], events[0], counts[1], seconds, cpu, jit);
    }

    /** Every report of {@code input} with its events (for the store benchmarks). */
    List<Extracted> extractAll(Path input) {
        List<Extracted> all = new ArrayList<>();
        try (ParallelExtraction extraction = new ParallelExtraction(extractor, threads)) {
            extraction.run(read(input), outcome -> {
                if (outcome.ok()) {
                    all.add(new Extracted(outcome.read().report(), outcome.events()));
                }
            });
        }
        return all;
    }

    record Extracted(Report report, List<Event> events) {
    }

    /**
     * CPU time this process has used (all threads, the JIT and GC included): beside the wall
     * time, it tells whether other processes were taking the cores during a measurement.
     */
    static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /**
     * Time the JIT compilers have spent so far (part of the CPU time above): while it grows, the
     * figure measures compiling as much as extracting.
     */
    static long compilerMillis() {
        var jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    private static java.util.stream.Stream<ReadResult> read(Path input) {
        return new InputReports(ReadOptions.defaults()).read(List.of(input.toString()));
    }
}
