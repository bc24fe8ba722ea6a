package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchCommandTest {
    private static final Path SAMPLES = Path.of(System.getProperty("user.dir")).getParent().resolve("samples");

    @Test
    void printsTheTableAndEndsWithTheThroughputLine() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out), new PrintWriter(err), "bench", "--samples", SAMPLES.toString(),
                "--reports", "4", "--notes", "4", "--long", "1", "--warm-up", "1", "--ingest");

        assertEquals(0, status, err.toString());
        List<String> lines = out.toString().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("start-up (dictionaries, gazetteer, model): ")), out.toString());
        for (String row : List.of("machine at start: ", "machine at end: ", "short note ", "seed-sized report ",
                "20,000-word document ", "warm-up, H2 (not counted) ", "H2 (file) ")) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(row)), row + " missing in:\n" + out);
        }
        assertTrue(lines.get(lines.size() - 1).matches("extract: \\d+ reports/s, \\d+ sentences/s, peak heap \\d+ MB"),
                lines.get(lines.size() - 1));
    }

    @Test
    void generatedCorpusIsTheSameForTheSameSeed() {
        BenchCorpus a = BenchCorpus.fromSamples(SAMPLES, 3);
        BenchCorpus b = BenchCorpus.fromSamples(SAMPLES, 3);
        assertEquals(a.body(BenchCorpus.SEED_SIZED_WORDS), b.body(BenchCorpus.SEED_SIZED_WORDS));
        assertEquals(a.shortNote(), b.shortNote());
        assertTrue(BenchCorpus.words(a.body(BenchCorpus.SEED_SIZED_WORDS)) >= BenchCorpus.SEED_SIZED_WORDS);
    }
}
