package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Report;

/** Headers, boilerplate and paragraphs of web text, on small texts written for each case. */
class WebTextReaderTest {
    private final WebTextReader reader = new WebTextReader(new ArticleBuilder(Boilerplate.defaults()));

    private Report read(String text) throws IngestException {
        Report r = reader.read("t", text, new ReportMeta(), new ArrayList<>());
        SourceMapAssertions.assertMapsBack(r, text);
        return r;
    }

    @Test
    void readsAnAggregatorHeaderWithTheOriginalOutlet() throws IngestException {
        Report r = read("""


                Army Advances Near Sinjar

                By [Front Notes](#)

                Levant Review, March 2, 2018

                [Front Notes](#) 1 March 2018

                Region: [Middle East & North Africa](#)

                Theme: [Terrorism](#), [Militarization](#)

                In-depth Report: [SYRIA](#)

                *On March 1, the army took the village of Tell Sultan.*

                The militants withdrew to the north.
                """);
        assertEquals("Army Advances Near Sinjar", r.title());
        assertEquals("Front Notes", r.author());
        assertEquals("Levant Review", r.outlet());
        assertEquals(LocalDate.of(2018, 3, 2), r.published());
        assertEquals("Front Notes", r.source());
        assertEquals(LocalDate.of(2018, 3, 1), r.sourcePublished());
        assertEquals(List.of("Region: Middle East & North Africa", "Theme: Terrorism", "Theme: Militarization",
                "In-depth Report: SYRIA"), r.tags());
        assertEquals("On March 1, the army took the village of Tell Sultan.\n\nThe militants withdrew to the north.",
                r.body());
    }

    @Test
    void readsHeadersInOtherOrdersAndFormats() throws IngestException {
        Report r = read("""
                # Shelling on Mhardeh

                **Hama Daily** | 2018-03-04

                Written by: Sami Haddad
                Tags: Hama, Mhardeh
                Originally published by Field Notes on Mar 3, 2018

                Militants shelled the town of Mhardeh on March 3.
                """);
        assertEquals("Shelling on Mhardeh", r.title());
        assertEquals("Hama Daily", r.outlet());
        assertEquals(LocalDate.of(2018, 3, 4), r.published());
        assertEquals("Sami Haddad", r.author());
        assertEquals("Field Notes", r.source());
        assertEquals(LocalDate.of(2018, 3, 3), r.sourcePublished());
        assertEquals(List.of("Tags: Hama", "Tags: Mhardeh"), r.tags());
        assertEquals("Militants shelled the town of Mhardeh on March 3.", r.body());
    }

    @Test
    void aDatelineWithAnAuthorGivesBoth() throws IngestException {
        Report r = read("Published on 15 Nov 2017 by Lina Aziz\n\nThe army entered Hajin.\n");
        assertEquals(LocalDate.of(2017, 11, 15), r.published());
        assertEquals("Lina Aziz", r.author());
        assertNull(r.outlet());
    }

    @Test
    void aHeadlineWithADateIsATitleNotAnOutlet() throws IngestException {
        Report r = read("Syria War Report \u2013 March 5, 2018: Army Reaches Sinjar\n\nThe army reached Sinjar.\n");
        assertEquals("Syria War Report \u2013 March 5, 2018: Army Reaches Sinjar", r.title());
        assertNull(r.outlet());
        assertNull(r.published());
    }

    @Test
    void withoutAHeaderNoLineIsLostAndNoDateIsInvented() throws IngestException {
        String text = "In eastern Deir Ezzor, the SDF captured two villages.\n\nISIS claimed that it killed 10 SDF "
                + "fighters near Hajin.\n";
        Report r = read(text);
        assertNull(r.title());
        assertNull(r.published());
        assertNull(r.sourcePublished());
        assertTrue(r.body().startsWith("In eastern Deir Ezzor"));
        assertEquals(2, r.paragraphs().size());
    }

    @Test
    void tagLinesBelowTheArticleAreTagsNotText() throws IngestException {
        Report r = read("The army took Sarjah.\n\nTags: Idlib, Sarjah\n\nMilitants withdrew.\n");
        assertEquals(List.of("Tags: Idlib", "Tags: Sarjah"), r.tags());
        assertEquals("The army took Sarjah.\n\nMilitants withdrew.", r.body());
    }

    @Test
    void aLabelWithoutItsColonIsArticleText() throws IngestException {
        String text = "Region by region, the army advanced in Hama\n\nUpdated figures show 30 dead.\n";
        Report r = read(text);
        assertEquals(List.of(), r.tags());
        assertEquals("Region by region, the army advanced in Hama", r.title());
        assertEquals("Updated figures show 30 dead.", r.body());
    }

    @Test
    void dropsBoilerplateAndTheWholeTrailer() throws IngestException {
        Report r = read("""
                The army took Tell Sultan.

                Featured image is from Front Notes.

                The militants withdrew.

                The original source of this article is Front Notes
                Anything at all after the trailer starts, even a sentence.
                """);
        assertEquals("The army took Tell Sultan.\n\nThe militants withdrew.", r.body());
    }

    @Test
    void joinsASentenceCutByABlankLine() throws IngestException {
        String text = "Israel fired at army positions twice. The\n\nfirst strike hit a tank.\n\nNo one was hurt.\n";
        Report r = read(text);
        assertEquals("Israel fired at army positions twice. The first strike hit a tank.\n\nNo one was hurt.",
                r.body());
        assertEquals(0, r.paragraphs().get(0).start());
        assertEquals(text.indexOf("tank.") + "tank.".length(), r.paragraphs().get(0).end(),
                "the joined paragraph's span covers both parts");
    }

    @Test
    void joinsAParagraphEndingOnAWordNoSentenceEndsOn() throws IngestException {
        Report r = read("Russian strikes killed over\n\n30 militants near Khan al-Sabil.\n");
        assertEquals("Russian strikes killed over 30 militants near Khan al-Sabil.", r.body());
    }

    @Test
    void keepsAHeadingApartFromTheParagraphAfterIt() throws IngestException {
        Report r = read("Northern Hama\n\nThe army took Abu Dali.\n\nEastern Ghouta\n\nClashes went on.\n");
        assertEquals("The army took Abu Dali.\n\nEastern Ghouta\n\nClashes went on.", r.body());
        assertEquals("Northern Hama", r.title());
    }

    @Test
    void softWrappedLinesMakeOneParagraph() throws IngestException {
        Report r = read("The army advanced towards\nthe town of Sinjar on March 1.\nMilitants withdrew.\n");
        assertEquals("The army advanced towards the town of Sinjar on March 1.\n\nMilitants withdrew.", r.body());
    }

    @Test
    void windowsLineEndingsAndAByteOrderMarkKeepOffsetsExact() throws IngestException {
        Report r = read("\uFEFFTitle Of The Day\r\n\r\nThe army\r\nadvanced.\r\n\r\nThen it stopped.\r\n");
        assertEquals("Title Of The Day", r.title());
        assertEquals("The army advanced.\n\nThen it stopped.", r.body());
    }

    @Test
    void aHeaderWithoutArticleIsAnError() {
        IngestException e = assertThrows(IngestException.class,
                () -> read("Title\n\nBy Someone\n\nFeatured image is from Someone.\n"));
        assertEquals("no article text found", e.getMessage());
    }

    @Test
    void aCorpusTextHasNoHeader() throws IngestException {
        ReportMeta meta = new ReportMeta();
        meta.title = "Given title";
        Report r = reader.readBody("c", "Short first line\n\nThen the rest.", meta, new ArrayList<>());
        assertEquals("Given title", r.title());
        assertEquals("Short first line\n\nThen the rest.", r.body());
        assertFalse(r.body().isEmpty());
    }
}
