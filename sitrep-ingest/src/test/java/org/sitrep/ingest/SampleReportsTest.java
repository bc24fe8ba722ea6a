package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.json.SitrepJson;
import org.sitrep.model.Report;

/** The project's demo reports in {@code samples/}: what the demo and the bench start from. */
class SampleReportsTest {
    private static final List<String> BOILERPLATE = List.of("PayPal", "Disclaimer", "Featured image", "Copyright",
            "\u00A9", "Comment on", "Become a Member", "Share this", "Twitter", "Read more", "media inquiries",
            "Advertisement", "Home", "comments", "Most read", "Smoke over", "Related");

    private static final Map<String, Report> REPORTS = new LinkedHashMap<>();
    private static final Map<String, String> ORIGINALS = new LinkedHashMap<>();

    @BeforeAll
    static void readSamples() throws IOException {
        Path samples = Files.isDirectory(Path.of("../samples")) ? Path.of("../samples") : Path.of("samples");
        List<ReadResult> results = new InputReports(ReadOptions.defaults()).read(List.of(samples.toString())).toList();
        for (ReadResult r : results) {
            assertTrue(r.ok(), r::toString);
            assertEquals(List.of(), r.warnings(), r.input());
            REPORTS.put(r.report().id(), r.report());
            ORIGINALS.put(r.report().id(), original(r));
        }
    }

    /** The text offsets point into: the file, or for a corpus line its "text" field. */
    private static String original(ReadResult r) throws IOException {
        int colon = r.input().lastIndexOf(':');
        boolean corpusLine = colon > 0 && r.input().substring(0, colon).endsWith(".jsonl");
        if (!corpusLine) {
            return Files.readString(Path.of(r.input()));
        }
        int line = Integer.parseInt(r.input().substring(colon + 1));
        String json = Files.readAllLines(Path.of(r.input().substring(0, colon))).get(line - 1);
        return SitrepJson.mapper().readTree(json).get("text").asText();
    }

    @Test
    void thereAreSixFilesAndEightReports() {
        assertEquals(8, REPORTS.size());
    }

    @Test
    void everyBodyMapsBackAndHasNoBoilerplate() {
        REPORTS.forEach((id, r) -> {
            SourceMapAssertions.assertMapsBack(r, ORIGINALS.get(id));
            for (String b : BOILERPLATE) {
                assertFalse(r.body().contains(b), id + " has " + b);
            }
            for (String paragraph : r.body().split("\n\n")) {
                assertTrue(Paragraphs.endsSentence(paragraph), id + ": " + paragraph);
            }
        });
    }

    @Test
    void aGlobalResearchStyleHeader() {
        Report r = REPORTS.get("2018-02-06_southern-idlib");
        assertEquals("Front Line Report", r.author());
        assertEquals("Levant Review", r.outlet());
        assertEquals(LocalDate.of(2018, 2, 6), r.published());
        assertEquals("Front Line Report", r.source());
        assertEquals(LocalDate.of(2018, 2, 5), r.sourcePublished());
        assertEquals(List.of("Region: Middle East & North Africa", "Theme: Terrorism", "Theme: Militarization and WMD",
                "In-depth Report: SYRIA"), r.tags());
        assertTrue(r.body().contains("killing over 30 militants"), "the cut sentence is joined");
        assertTrue(r.body().endsWith("from the Turkish border."));
    }

    @Test
    void aMarkdownHeaderWithAnotherOrder() {
        Report r = REPORTS.get("2018-01-22_afrin-olive-branch");
        assertTrue(r.title().startsWith("Turkish-Backed Forces Capture"));
        assertEquals("Leyla Haddad", r.author());
        assertEquals("Frontline Monitor", r.outlet());
        assertEquals(LocalDate.of(2018, 1, 22), r.published());
        assertTrue(r.body().startsWith("On January 21st, the Turkish Armed Forces"));
        assertTrue(r.body().contains("a Turkish *Leopard 2* battle tank"), "escaped stars are literal");
    }

    @Test
    void anOriginallyPublishedLineGivesTheSource() {
        Report r = REPORTS.get("2018-01-15_eastern-ghouta");
        assertEquals("Syrian Field Notes", r.source());
        assertEquals(LocalDate.of(2018, 1, 14), r.sourcePublished());
        assertEquals(LocalDate.of(2018, 1, 15), r.published());
        assertTrue(r.body().endsWith("a local security source said."));
    }

    @Test
    void aReportWithNoHeaderAndNoDate() {
        Report r = REPORTS.get("deir-ezzor-field-notes");
        assertNull(r.title());
        assertNull(r.referenceDate());
        assertTrue(r.body().contains("a source in the NDF said. The attack came from the desert"));
    }

    @Test
    void anHtmlPage() {
        Report r = REPORTS.get("2018-02-12_daraa-quneitra");
        assertEquals("Omar Khalil", r.author());
        assertEquals(LocalDate.of(2018, 2, 12), r.published());
        assertEquals(5, r.paragraphs().size());
        assertFalse(r.body().contains("Great report"), "comments are not the article");
    }

    @Test
    void aJsonLinesCorpus() {
        Report r = REPORTS.get("notes-2018-01-10-hama");
        assertEquals(LocalDate.of(2018, 1, 10), r.published());
        assertEquals("Syrian Field Notes", r.source());
        assertNull(REPORTS.get("notes-2018-01-12-tabqa").title());
    }
}
