package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.sitrep.model.Report;
import org.sitrep.model.Span;

/** Checks that a report's offsets really point back into the text it was read from. */
final class SourceMapAssertions {
    private SourceMapAssertions() {
    }

    /**
     * Every letter and digit of the body maps to the same character of the original (or to the
     * '&' of the character reference it was decoded from), and each paragraph's span starts at its
     * first character and ends after its last.
     */
    static void assertMapsBack(Report report, String original) {
        String body = report.body();
        assertEquals(body.length(), report.sourceMap().length(), "one source offset per body character");
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int at = report.sourceMap().sourceOffset(i);
                char there = original.charAt(at);
                if (there != c && there != '&') {
                    throw new AssertionError("body char " + i + " '" + c + "' maps to " + at + " '" + there + "' in "
                            + report.id());
                }
            }
        }
        String[] paragraphs = body.split("\n\n");
        assertEquals(paragraphs.length, report.paragraphs().size(), "one span per paragraph");
        for (int p = 0; p < paragraphs.length; p++) {
            Span span = report.paragraphs().get(p);
            String text = paragraphs[p];
            assertTrue(span.end() <= original.length(), "span inside the original");
            assertEquals(text.charAt(0), original.charAt(span.start()), "paragraph " + p + " starts at its span");
            char last = text.charAt(text.length() - 1);
            char lastThere = original.charAt(span.end() - 1);
            assertTrue(last == lastThere || lastThere == ';', "paragraph " + p + " ends at its span: '" + last + "'");
        }
    }

    static String fileText(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
