package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownCleanerTest {
    private final MarkdownCleaner cleaner = new MarkdownCleaner();

    private Line clean(String line) {
        return cleaner.cleanLine(line, 0, line.length());
    }

    @Test
    void keepsLinkTextButNotTheTarget() {
        assertEquals("Region: Middle East & North Africa", clean("Region: [Middle East & North Africa](#)").plain());
        assertEquals("see the map here", clean("see the [map](https://x.example/a_(b)) here").plain());
        assertEquals("Articles by: South Front", clean("Articles by: **[South Front](#)**").plain());
    }

    @Test
    void dropsImagesEntirely() {
        assertEquals("Before after", clean("Before ![a tank](/img/t.jpg) after").plain());
    }

    @Test
    void stripsEmphasisEscapesSupAndEntities() {
        assertEquals("the Tiger Forces advanced", clean("the **Tiger Forces** advanced").plain());
        assertEquals("an italic lead.", clean("*an italic lead.*").plain());
        assertEquals("On November 17th, troops", clean("On November 17<sup>th</sup>, troops").plain());
        assertEquals("a *starred* word", clean("a \\*starred\\* word").plain());
        assertEquals("Smith & Sons\u2019 report", clean("Smith &amp; Sons&#8217; report").plain());
        assertEquals("snake_case stays", clean("snake_case stays").plain());
        assertEquals("5 * 3", clean("5 * 3").plain());
    }

    @Test
    void removesLinePrefixesAndMarksHeadings() {
        Line heading = clean("## Northern Hama ##");
        assertTrue(heading.heading());
        assertEquals("Northern Hama", heading.plain());
        assertEquals("a quoted line", clean("> a quoted line").plain());
        assertEquals("Kafr Nabudah", clean("* Kafr Nabudah").plain());
        assertFalse(clean("*italic start* of a line").heading());
        assertTrue(clean("-----").isBlank());
    }

    @Test
    void collapsesWhiteSpaceAndDropsInvisibleCharacters() {
        assertEquals("two words", clean("\uFEFF  two \u00A0\t words  ").plain());
        assertEquals("keep the url http://a.example/x", clean("keep the url <http://a.example/x>").plain());
    }

    @Test
    void everyCharacterMapsToWhereItCameFrom() {
        String source = "xx By [South Front](#) and **bold** &amp; 17<sup>th</sup>";
        Line line = cleaner.cleanLine(source, 3, source.length());
        String plain = line.plain();
        assertEquals("By South Front and bold & 17th", plain);
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            char there = source.charAt(line.text().origin(i));
            assertTrue(c == there || c == ' ' || there == '&', "char " + i);
        }
        assertEquals(source.indexOf("South"), line.text().origin(plain.indexOf("South")));
        assertEquals(source.indexOf("th</sup>"), line.text().origin(plain.indexOf("th", plain.indexOf("17"))));
    }
}
