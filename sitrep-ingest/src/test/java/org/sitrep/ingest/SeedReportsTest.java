package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Report;

/**
 * The three seed reports in {@code ${sitrep.shared}/seeds}, read where they are (nothing of them
 * is copied here), and variants of them made at test time: other date formats, no header.
 * The article's words are taken from the seed itself, between its header and its donation appeal,
 * so the check "every sentence and nothing else" does not use the code under test.
 */
class SeedReportsTest {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final List<String> BOILERPLATE = List.of("PayPal", "Disclaimer", "Featured image", "Copyright",
            "Comment on", "Become a Member", "patreon", "globalresearch.ca", "original source", "Articles by");
    /** Published and source dates of each seed: facts, not text. */
    private static final Map<String, LocalDate[]> DATES = Map.of(
            "000_1afe2e70658e7917", new LocalDate[] {LocalDate.of(2017, 11, 16), LocalDate.of(2017, 11, 15)},
            "001_62c05ff882f7b432", new LocalDate[] {LocalDate.of(2017, 10, 31), LocalDate.of(2017, 10, 30)},
            "002_c20bc0d91e597606", new LocalDate[] {LocalDate.of(2017, 11, 21), LocalDate.of(2017, 11, 20)});

    private static Path seeds;
    private final ReportReader reader = new ReportReader(ReadOptions.defaults());

    @BeforeAll
    static void findSeeds() {
        String shared = System.getProperty("sitrep.shared", "../shared");
        seeds = Path.of(shared, "seeds");
        if (!Files.isDirectory(seeds)) {
            seeds = Path.of("../../shared/seeds");
        }
        Assumptions.assumeTrue(Files.isDirectory(seeds), seeds + ": ../shared not found: skipping");
    }

    private static List<Path> seedFiles() throws IOException {
        try (var files = Files.list(seeds)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private Report read(Path file) {
        List<ReadResult> results = reader.read(file);
        assertEquals(1, results.size());
        assertTrue(results.get(0).ok(), () -> results.get(0).describeProblem());
        return results.get(0).report();
    }

    @Test
    void readsTitleAuthorOutletDatesAndTags() throws IOException {
        List<Path> files = seedFiles();
        assertEquals(3, files.size());
        for (Path file : files) {
            String original = Files.readString(file);
            Report r = read(file);
            LocalDate[] dates = DATES.get(r.id());
            assertEquals(firstLine(original), r.title(), r.id());
            assertEquals(headerValue(original, "By "), r.author(), r.id());
            assertEquals("Global Research", r.outlet(), r.id());
            assertEquals(dates[0], r.published(), r.id());
            assertEquals("South Front", r.source(), r.id());
            assertEquals(dates[1], r.sourcePublished(), r.id());
            assertEquals(expectedTags(original), r.tags(), r.id());
            assertTrue(r.tags().stream().anyMatch(t -> t.startsWith("Region: ")), r.id());
            assertTrue(r.tags().stream().anyMatch(t -> t.startsWith("In-depth Report: ")), r.id());
        }
    }

    @Test
    void theBodyIsEveryWordOfTheArticleAndNothingElse() throws IOException {
        for (Path file : seedFiles()) {
            String original = Files.readString(file);
            Report r = read(file);
            assertEquals(words(articlePart(original)), words(r.body()), r.id());
            for (String boilerplate : BOILERPLATE) {
                assertFalse(r.body().contains(boilerplate), r.id() + " has " + boilerplate);
            }
            for (String markup : List.of("](", "**", "<sup>", "\\*", "\n\n\n")) {
                assertFalse(r.body().contains(markup), r.id() + " has " + markup);
            }
            SourceMapAssertions.assertMapsBack(r, original);
        }
    }

    @Test
    void noParagraphEndsInTheMiddleOfASentence() throws IOException {
        for (Path file : seedFiles()) {
            for (String paragraph : read(file).body().split("\n\n")) {
                assertTrue(Paragraphs.endsSentence(paragraph), file.getFileName() + ": " + paragraph);
            }
        }
    }

    @Test
    void readsTheSameReportWithOtherDateFormats(@TempDir Path dir) throws IOException {
        Path file = seedFiles().get(0);
        String original = Files.readString(file);
        for (String[] formats : new String[][] {{"2017-11-16", "2017-11-15"}, {"Nov 16, 2017", "15 Nov 2017"},
                {"16 November 2017", "Nov 15, 2017"}}) {
            String variant = original.replace("November 16, 2017", formats[0]).replace("15 November 2017", formats[1]);
            Path copy = dir.resolve(file.getFileName());
            Files.writeString(copy, variant);
            Report r = read(copy);
            assertEquals(LocalDate.of(2017, 11, 16), r.published(), formats[0]);
            assertEquals(LocalDate.of(2017, 11, 15), r.sourcePublished(), formats[1]);
            assertEquals(words(articlePart(variant)), words(r.body()));
        }
    }

    @Test
    void readsTheReportWithoutItsHeaderAndInventsNoDate(@TempDir Path dir) throws IOException {
        for (Path file : seedFiles()) {
            String original = Files.readString(file);
            String headless = original.substring(articleStart(original));
            Path copy = dir.resolve(file.getFileName());
            Files.writeString(copy, headless);
            Report r = read(copy);
            assertNull(r.published(), r.id());
            assertNull(r.sourcePublished(), r.id());
            assertNull(r.title(), r.id());
            assertEquals(words(articlePart(original)), words(r.body()), r.id());
            SourceMapAssertions.assertMapsBack(r, headless);
        }
    }

    private static String firstLine(String text) {
        return text.strip().lines().findFirst().orElseThrow().strip();
    }

    /** The plain text after a header label, e.g. the author after "By ". */
    private static String headerValue(String text, String label) {
        for (String line : text.lines().toList()) {
            if (line.startsWith(label)) {
                return line.substring(label.length()).replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1").strip();
            }
        }
        return null;
    }

    /** "Kind: value" for each linked value of the Region, Theme and In-depth Report lines. */
    private static List<String> expectedTags(String text) {
        List<String> tags = new ArrayList<>();
        for (String line : text.lines().toList()) {
            Matcher label = Pattern.compile("^(Region|Theme|In-depth Report): (.*)$").matcher(line);
            if (label.matches()) {
                Matcher link = Pattern.compile("\\[([^\\]]*)]").matcher(label.group(2));
                while (link.find()) {
                    tags.add(label.group(1) + ": " + link.group(1));
                }
            }
        }
        return tags;
    }

    /** Where the article starts: after the last header line ("In-depth Report: …"). */
    private static int articleStart(String text) {
        int label = text.indexOf("\nIn-depth Report:");
        return text.indexOf('\n', label + 1) + 1;
    }

    /** The article as the seed has it: from after the header to the donation appeal. */
    private static String articlePart(String text) {
        int start = text.contains("\nIn-depth Report:") ? articleStart(text) : 0;
        int appeal = text.indexOf("If you're able");
        return text.substring(start, appeal);
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }
}
