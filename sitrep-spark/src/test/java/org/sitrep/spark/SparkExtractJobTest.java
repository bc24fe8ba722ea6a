package org.sitrep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.extract.Extractors;
import org.sitrep.extract.learn.ModelChoice;
import org.sitrep.extract.RuleBasedExtractor;
import org.sitrep.ingest.InputReports;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.json.SitrepJson;
import org.sitrep.model.Event;
import org.sitrep.store.Store;

/**
 * The Spark job in local[2] against what {@code sitrep extract} does on the same input (the same
 * reader, the same extractor, in one process): the same events, event by event; bad records end in
 * rejects with their reason and the job still succeeds.
 */
class SparkExtractJobTest {
    private static final ObjectMapper JSON = SitrepJson.mapper();
    private static final Path SAMPLES = Path.of(System.getProperty("user.dir")).getParent().resolve("samples");

    private static SparkSession spark;
    private static RuleBasedExtractor extractor;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws IOException {
        spark = SparkSession.builder().master("local[2]").appName("sitrep-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
        extractor = Extractors.load(null, List.of(), List.of(), ModelChoice.typing(ModelChoice.load(null, null, false)));
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void jsonLinesCorpusGivesTheEventsOfExtractAndRejectsBadLines() throws IOException {
        Path input = Files.createDirectories(dir.resolve("in"));
        Path corpus = input.resolve("corpus.jsonl");
        TestCorpus.write(corpus, SAMPLES, 120, 7L);
        writeBadLines(input.resolve("bad.jsonl"));
        Path out = dir.resolve("out");
        String jdbc = "jdbc:h2:file:" + dir.resolve("store").resolve("sitrep").toAbsolutePath();

        ExtractJob.Summary summary = ExtractJob.run(spark, JobOptions.parse("--input", input.toString(),
                "--format", "jsonl", "--out", out.toString(), "--jdbc", jdbc, "--max-record-bytes", "100000"));

        List<String> expected = extractDirectly(corpus);
        List<String> actual = readJsonLines(out.resolve("events.jsonl"));
        assertTrue(expected.size() > 50, "the corpus should tell many events, got " + expected.size());
        assertEquals(expected.size(), summary.events());
        assertSameEvents(expected, actual);
        assertEquals(expected.size(), Files.list(out.resolve("events.parquet"))
                .filter(p -> p.toString().endsWith(".parquet")).count() > 0 ? countParquet(out) : -1);

        Map<String, String> rejects = rejects(out);
        assertEquals(3, summary.rejects(), "rejects: " + rejects);
        assertTrue(reason(rejects, "bad.jsonl:1").startsWith("malformed JSON line"), rejects.toString());
        assertEquals("not valid UTF-8", reason(rejects, "bad.jsonl:2"));
        assertTrue(reason(rejects, "bad.jsonl:3").startsWith("too large"), rejects.toString());

        try (Store store = Store.open(jdbc)) {
            assertEquals(expected.size(), store.events().count(), "every event appended to the store");
        }
    }

    @Test
    void filesOfTextAndHtmlGiveTheEventsOfExtract() throws IOException {
        Path input = Files.createDirectories(dir.resolve("files"));
        try (Stream<Path> samples = Files.list(SAMPLES)) {
            for (Path p : samples.filter(p -> !p.toString().endsWith(".jsonl")).toList()) {
                Files.copy(p, input.resolve(p.getFileName()));
            }
        }
        Files.write(input.resolve("latin1.txt"), "Caf\u00e9 report\n\nOn January 3, a \u00e9 attack.".getBytes(
                StandardCharsets.ISO_8859_1));
        Path out = dir.resolve("out");

        ExtractJob.run(spark, JobOptions.parse("--input", input.toString(), "--format", "text", "--out",
                out.toString()));

        List<String> expected = extractDirectly(input);
        assertFalse(expected.isEmpty());
        assertSameEvents(expected, readJsonLines(out.resolve("events.jsonl")));
    }

    @Test
    void parquetCorpusGivesTheEventsOfTheSameJsonLines() throws IOException {
        Path corpus = dir.resolve("corpus.jsonl");
        TestCorpus.write(corpus, SAMPLES, 40, 11L);
        Path parquet = dir.resolve("corpus.parquet");
        spark.read().json(corpus.toString()).select("id", "date", "title", "text").write().parquet(parquet.toString());
        Path out = dir.resolve("out");

        ExtractJob.run(spark, JobOptions.parse("--input", parquet.toString(), "--format", "parquet", "--out",
                out.toString()));

        assertSameEvents(extractDirectly(corpus), readJsonLines(out.resolve("events.jsonl")));
        assertTrue(rejects(out).isEmpty(), rejects(out).toString());
    }

    /** What {@code sitrep extract INPUT} prints: each report read by InputReports, then extracted. */
    private static List<String> extractDirectly(Path input) {
        List<String> lines = new ArrayList<>();
        new InputReports(ReadOptions.defaults()).read(List.of(input.toString())).filter(r -> r.ok())
                .forEach(r -> extractor.extract(r.report()).forEach(e -> lines.add(SitrepJson.eventLine(e))));
        return lines;
    }

    /** Event by event, in report and evidence order (Spark's partitions may interleave reports). */
    private static void assertSameEvents(List<String> expected, List<String> actual) {
        List<String> e = sorted(expected);
        List<String> a = sorted(actual);
        assertEquals(e.size(), a.size(), "event count");
        for (int i = 0; i < e.size(); i++) {
            assertEquals(e.get(i), a.get(i), "event " + i);
        }
    }

    private static List<String> sorted(List<String> lines) {
        Comparator<String> byReportThenEvidence = Comparator.comparing((String l) -> SitrepJson.readEvent(l).report())
                .thenComparingInt(l -> evidenceStart(SitrepJson.readEvent(l)))
                .thenComparing(Comparator.naturalOrder());
        return lines.stream().sorted(byReportThenEvidence).toList();
    }

    private static int evidenceStart(Event e) {
        return e.evidence() == null ? -1 : e.evidence().start();
    }

    private static long countParquet(Path out) {
        return spark.read().parquet(out.resolve("events.parquet").toString()).count();
    }

    /** Spark writes a directory of part files: their lines, in part order. */
    private static List<String> readJsonLines(Path partsDir) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(partsDir)) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(p).stream().filter(l -> !l.isBlank()).toList());
            }
        }
        return lines;
    }

    private static Map<String, String> rejects(Path out) throws IOException {
        Map<String, String> byInput = new TreeMap<>();
        for (String line : readJsonLines(out.resolve("rejects.jsonl"))) {
            JsonNode n = JSON.readTree(line);
            byInput.put(n.get("input").asText(), n.get("reason").asText());
        }
        return byInput;
    }

    /** The reason given for the input whose name ends so (Spark names files by URI). */
    private static String reason(Map<String, String> rejects, String nameEnd) {
        return rejects.entrySet().stream().filter(e -> e.getKey().endsWith("/" + nameEnd)).map(Map.Entry::getValue)
                .findFirst().orElse("no reject for " + nameEnd);
    }

    /** A broken line, a line that is not UTF-8 and a line over the size limit. */
    private static void writeBadLines(Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\"id\": \"broken\", \"text\": \"On January 5, militants shelled\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"id\": \"latin\", \"text\": \"Caf".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xE9, (byte) 0xFF});
        bytes.writeBytes(" shelled.\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(("{\"id\": \"huge\", \"text\": \"" + "On January 5, militants shelled the town. ".repeat(4000)
                + "\"}\n").getBytes(StandardCharsets.UTF_8));
        Files.write(file, bytes.toByteArray());
    }
}
