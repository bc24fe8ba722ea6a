package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Report;

class HtmlReaderTest {
    private final HtmlReader reader = new HtmlReader(new ArticleBuilder(Boilerplate.defaults()), HtmlRules.defaults());

    static String fixture(String name) {
        try (InputStream in = HtmlReaderTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Report read(String html, List<String> warnings) throws IngestException {
        Report r = reader.read("page", html, "", new ReportMeta(), warnings, new ArrayList<>());
        SourceMapAssertions.assertMapsBack(r, html);
        return r;
    }

    @Test
    void takesTheArticleAndNotTheMenusAdsSharingOrComments() throws IngestException {
        List<String> warnings = new ArrayList<>();
        Report r = read(fixture("page-with-noise.html"), warnings);
        assertTrue(r.body().startsWith("Militants of the Turkistan Islamic Party attacked"), r.body());
        assertTrue(r.body().contains("repelled the attack & killed 7 militants"), r.body());
        assertTrue(r.body().contains("The army\u2019s artillery later shelled"), r.body());
        assertTrue(r.body().contains("since the Turkish observation posts were set up"), r.body());
        for (String noise : List.of("Front page", "Home", "Newsletter", "Subscribe", "Sponsored", "Share", "Tweet",
                "fake news", "Leave a Reply", "Copyright")) {
            assertFalse(r.body().contains(noise), noise);
        }
        assertEquals(3, r.paragraphs().size());
        assertEquals(List.of(), warnings);
    }

    @Test
    void readsMetadataFromMetaTagsAndMarkup() throws IngestException {
        Report r = read(fixture("page-with-noise.html"), new ArrayList<>());
        assertEquals("Army Repels Attack Near Kinsabba", r.title());
        assertEquals("Nadia Sabbagh", r.author());
        assertEquals("Coastal Watch", r.outlet());
        assertEquals(LocalDate.of(2018, 3, 2), r.published());
    }

    @Test
    void readsTheArticleHeaderWhenThePageHasNoMetaTags() throws IngestException {
        String html = "<html><body><article><h1>Clashes near Morek</h1><p>By Lina Aziz</p>"
                + "<p><time datetime=\"2018-03-07\">March 7, 2018</time></p>"
                + "<p>The army repelled an attack near Morek in northern Hama, and the militants withdrew "
                + "to their positions after losing two vehicles, a military source said on Wednesday.</p>"
                + "<p>Pro-militant sources said that the attack had not been planned as an advance at all.</p>"
                + "</article></body></html>";
        Report r = read(html, new ArrayList<>());
        assertEquals("Clashes near Morek", r.title());
        assertEquals("Lina Aziz", r.author());
        assertEquals(LocalDate.of(2018, 3, 7), r.published());
        assertTrue(r.body().startsWith("The army repelled an attack near Morek"));
        assertEquals(2, r.paragraphs().size());
    }

    @Test
    void readsMalformedHtmlLenientlyAndSaysSo() throws IngestException {
        List<String> warnings = new ArrayList<>();
        Report r = read(fixture("malformed.html"), warnings);
        assertEquals("Shelling in Jisr al-Shughur", r.title());
        assertTrue(r.body().contains("on March 3. Two civilians were killed, local activists said."), r.body());
        assertTrue(r.body().contains("rockets at the village of Joreen"), r.body());
        assertTrue(r.body().contains("the early morning hours of March 4"), r.body());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith("malformed HTML"), warnings.get(0));
    }

    @Test
    void aPageWithoutArticleTextIsAnError() {
        IngestException e = assertThrows(IngestException.class,
                () -> read("<html><body><nav><a href=/>Home</a></nav><script>var x;</script></body></html>",
                        new ArrayList<>()));
        assertEquals("no article text found in the HTML", e.getMessage());
    }

    @Test
    void aMetaAuthorThatIsALinkIsNotAName() throws IngestException {
        String html = "<html><head><meta property=\"article:author\" content=\"https://x.example/me\"></head>"
                + "<body><p>The army entered the town of Kafr Nabudah after two days of fighting with HTS.</p>"
                + "</body></html>";
        assertNull(read(html, new ArrayList<>()).author());
    }
}
