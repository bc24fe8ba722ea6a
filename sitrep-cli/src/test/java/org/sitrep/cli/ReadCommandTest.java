package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.json.SitrepJson;

class ReadCommandTest {
    private static final String REPORT = """
            Army Takes Two Villages Near Sinjar

            By [Front Notes](#)

            Levant Review, March 2, 2018

            [Front Notes](#) 1 March 2018

            Region: [Middle East & North Africa](#)

            On March 1, the army took the villages of Tell Sultan and Sarjah. The

            militants withdrew to the north.

            Featured image is from Front Notes.
            """;

    @TempDir
    Path tmp;

    record Run(int status, String out, String err) {
    }

    private static Run sitrep(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(status, out.toString(), err.toString());
    }

    private static List<JsonNode> jsonLines(String out) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.strip().split("\n")) {
            nodes.add(SitrepJson.mapper().readTree(line));
        }
        return nodes;
    }

    @Test
    void explainListsEachStageWithTheDataItReads() {
        Run r = sitrep("extract", "--explain");
        assertEquals(0, r.status(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertTrue(lines[0].startsWith("segment"), r.out());
        assertTrue(r.out().contains("reads lang/en/calendar.txt, lang/en/casualties.txt, lang/en/numbers.tsv"), r.out());
        assertTrue(r.out().contains("merge        needs EVENTS, ALLOCATED; adds MERGED"), r.out());
    }

    @Test
    void extractWithoutInputIsRefused() {
        Run r = sitrep("extract");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("INPUT"), r.err());
    }

    @Test
    void jsonHasExactlyTheDocumentedFields() throws Exception {
        Path file = Files.writeString(tmp.resolve("sinjar.txt"), REPORT);
        Run run = sitrep("read", "--json", file.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        JsonNode r = jsonLines(run.out()).get(0);
        List<String> fields = new ArrayList<>();
        for (Iterator<String> names = r.fieldNames(); names.hasNext(); ) {
            fields.add(names.next());
        }
        assertEquals(List.of("id", "title", "author", "outlet", "published", "source", "source_published", "tags",
                "url", "body", "paragraphs"), fields);
        assertEquals("sinjar", r.get("id").asText());
        assertEquals("Army Takes Two Villages Near Sinjar", r.get("title").asText());
        assertEquals("Front Notes", r.get("author").asText());
        assertEquals("Levant Review", r.get("outlet").asText());
        assertEquals("2018-03-02", r.get("published").asText());
        assertEquals("2018-03-01", r.get("source_published").asText());
        assertEquals("Region: Middle East & North Africa", r.get("tags").get(0).asText());
        assertTrue(r.get("url").isNull());
        String body = r.get("body").asText();
        assertEquals("On March 1, the army took the villages of Tell Sultan and Sarjah. The militants withdrew "
                + "to the north.", body);
        JsonNode span = r.get("paragraphs").get(0);
        assertEquals(REPORT.indexOf("On March 1"), span.get(0).asInt());
        assertEquals(REPORT.indexOf("north.") + "north.".length(), span.get(1).asInt());
    }

    @Test
    void badInputsAreReportedOneLineEachAndTheRestIsRead() throws Exception {
        Path good = Files.writeString(tmp.resolve("good.txt"), REPORT);
        Path empty = Files.writeString(tmp.resolve("empty.txt"), "");
        Path corpus = Files.writeString(tmp.resolve("c.jsonl"),
                "{\"id\": \"a\", \"text\": \"The army advanced.\"}\n{not json\n");
        Path missing = tmp.resolve("missing.txt");

        Run run = sitrep("read", "--json", empty.toString(), good.toString(), missing.toString(), corpus.toString());

        assertEquals(1, run.status());
        assertEquals(List.of("good", "a"), jsonLines(run.out()).stream().map(n -> n.get("id").asText()).toList());
        List<String> errors = run.err().lines().toList();
        assertEquals(List.of("sitrep: " + empty + ": empty file", "sitrep: " + missing + ": no such file"),
                errors.subList(0, 2));
        assertTrue(errors.get(2).startsWith("sitrep: " + corpus + ":2: malformed JSON line"), errors.get(2));
        assertEquals(3, errors.size());
    }

    @Test
    void dateFallsBackOnlyWhenTheReportHasNone() throws Exception {
        Path undated = Files.writeString(tmp.resolve("undated.txt"), "The army took Sarjah on Tuesday.\n");
        Path dated = Files.writeString(tmp.resolve("dated.txt"), REPORT);
        Run run = sitrep("read", "--json", "--date", "2018-03-09", undated.toString(), dated.toString());
        List<JsonNode> reports = jsonLines(run.out());
        assertEquals("2018-03-09", reports.get(0).get("published").asText());
        assertEquals("2018-03-02", reports.get(1).get("published").asText());

        Run without = sitrep("read", "--json", undated.toString());
        assertTrue(jsonLines(without.out()).get(0).get("published").isNull(), "never today's date");

        Run bad = sitrep("read", "--date", "9 March", undated.toString());
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("is not a date as YYYY-MM-DD"), bad.err());
    }

    @Test
    void aBoilerplateFileExtendsThePatterns() throws Exception {
        Path file = Files.writeString(tmp.resolve("r.txt"), "The army took Sarjah.\n\nSupport Front Notes today!\n");
        Path patterns = Files.writeString(tmp.resolve("mine.txt"), "^Support Front Notes\\b.*\n");
        Run plain = sitrep("read", "--json", file.toString());
        Run extended = sitrep("read", "--json", "--boilerplate", patterns.toString(), file.toString());
        assertTrue(jsonLines(plain.out()).get(0).get("body").asText().contains("Support"));
        assertEquals("The army took Sarjah.", jsonLines(extended.out()).get(0).get("body").asText());

        Path broken = Files.writeString(tmp.resolve("broken.txt"), "ok\n((\n");
        Run bad = sitrep("read", "--boilerplate", broken.toString(), file.toString());
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains(broken + ":2: bad pattern"), bad.err());
    }

    @Test
    void withoutJsonASummaryPerReport() throws Exception {
        Path file = Files.writeString(tmp.resolve("sinjar.txt"), REPORT);
        Run run = sitrep("read", file.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("sinjar  (" + file + ")\n"), run.out());
        assertTrue(run.out().contains("  published: 2018-03-02\n"), run.out());
        assertTrue(run.out().contains("  source: Front Notes, 2018-03-01\n"), run.out());
        assertTrue(run.out().contains("  body: 1 paragraphs, "), run.out());
        assertFalse(run.out().contains("Featured image"));
    }

    /** Issue 18: the body was cut at about 250 characters and each tag said "Tags:" twice. */
    @Test
    void theSummaryShowsTheWholeBodyAndEachTagKindOnce() throws Exception {
        StringBuilder text = new StringBuilder("Long Report\n\nTags: Afrin, Turkey\n\n");
        for (int i = 1; i <= 12; i++) {
            text.append("On March ").append(i).append(", 2018, the army shelled the village number ").append(i)
                    .append(" south of the river, and the militants answered with mortars.\n\n");
        }
        Path file = Files.writeString(tmp.resolve("long.txt"), text);
        Run run = sitrep("read", file.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("On March 12, 2018, the army shelled the village number 12 south of the river, "
                + "and the militants answered with mortars."), run.out());
        assertTrue(run.out().contains("  Tags: Afrin; Turkey\n"), run.out());
        assertFalse(run.out().contains("Tags: Tags"), run.out());
    }

    /** Issue 18: boilerplate went without a word; read says how many lines it dropped, --verbose which. */
    @Test
    void readSaysWhatItDroppedAsBoilerplate() throws Exception {
        Path file = Files.writeString(tmp.resolve("sinjar.txt"), REPORT);
        Run run = sitrep("read", file.toString());
        assertTrue(run.out().contains("  dropped: 1 boilerplate line (--verbose lists them)\n"), run.out());
        Run verbose = sitrep("read", "--verbose", file.toString());
        assertTrue(verbose.out().contains("    - Featured image is from Front Notes.\n"), verbose.out());
        Run json = sitrep("read", "--json", "--verbose", file.toString());
        assertEquals("sitrep: " + file + ": dropped: Featured image is from Front Notes.", json.err().strip());
    }

    @Test
    void aLargeFileIsRefusedByTheSizeOption() throws Exception {
        Path file = Files.writeString(tmp.resolve("big.txt"), REPORT);
        Run run = sitrep("read", "--max-size", "100", file.toString());
        assertEquals(1, run.status());
        assertEquals("sitrep: " + file + ": too large (" + Files.size(file) + " bytes, limit 100)", run.err().strip());
    }
}
