package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.json.SitrepJson;
import org.sitrep.model.Report;

class JsonlReaderTest {
    private final JsonlReader reader = new JsonlReader(new WebTextReader(new ArticleBuilder(Boilerplate.defaults())));

    private List<ReadResult> readFixture() {
        return reader.read("corpus.jsonl", "corpus", HtmlReaderTest.fixture("corpus.jsonl")).toList();
    }

    @Test
    void readsOneReportPerLineWithItsFields() {
        List<ReadResult> results = readFixture();
        Report first = results.get(0).report();
        assertEquals("c-1", first.id());
        assertEquals(LocalDate.of(2018, 3, 5), first.published());
        assertEquals("Airstrikes on Saraqib", first.title());
        assertEquals("Idlib Monitor", first.source());
        assertEquals("https://idlib-monitor.example/c-1", first.url());
        assertEquals("corpus.jsonl:1", results.get(0).input());
    }

    @Test
    void offsetsPointIntoTheLinesTextField() throws Exception {
        String line = HtmlReaderTest.fixture("corpus.jsonl").lines().toList().get(1);
        String text = SitrepJson.mapper().readTree(line).get("text").asText();
        Report second = readFixture().get(1).report();
        assertEquals("corpus-2", second.id(), "a line without id is named after the corpus and line");
        assertEquals("Clashes broke out between Ahrar al-Sham and HTS near Maarat Misrin.\n\n"
                + "Both groups blamed each other for the fighting.", second.body());
        SourceMapAssertions.assertMapsBack(second, text);
    }

    @Test
    void aBadLineIsOneFailureAndTheOthersAreRead() {
        List<ReadResult> results = readFixture();
        assertEquals(6, results.size(), "the blank line is skipped");
        assertTrue(results.get(2).problem().startsWith("malformed JSON line"), results.get(2).problem());
        assertEquals("corpus.jsonl:4", results.get(2).input());
        assertEquals("no \"text\" string", results.get(3).problem());
        assertTrue(results.get(4).problem().startsWith("bad \"date\" \"yesterday\""), results.get(4).problem());
        Report last = results.get(5).report();
        assertEquals("6", last.id());
        assertNull(last.published(), "no date is invented");
    }
}
