package org.sitrep.ingest.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WholeLinePatternTest {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static boolean matches(String regex, String line) {
        return new WholeLinePattern(regex, FLAGS).matches(new WholeLinePattern.Line(line));
    }

    @Test
    void answersAsTheRegexDoesOnLinesThatPassItsChecks() {
        assertTrue(matches("click (here|to)\\b.{0,20}", "CLICK HERE to read on"));
        assertTrue(matches(".{0,30}\\ball rights reserved\\b.{0,10}", "(c) 2031 The Valley Courier. All Rights Reserved."));
        assertTrue(matches("(.{0,20}\\b)?(donate|give)\\b.{0,40}", "Please give what you can today"));
        assertTrue(matches("(.{0,20}\\b)?(donate|give)\\b.{0,40}", "Donate now"));
        assertTrue(matches(".{0,10}(\\u00A9|\\(c\\))\\s*20\\d\\d", "Text \u00A9 2029"));
    }

    @Test
    void aLineIsCheckedAgainstTheBeginningsThatShareItsFirstCharacter() {
        String regex = "(share|tweet|email|print|pin|\\(c\\)) (this|on)\\b.{0,20}";
        for (String line : List.of("Share this", "TWEET on", "pin on x", "Print this!", "(c) this", "email this")) {
            assertTrue(matches(regex, line), line);
        }
        for (String line : List.of("", "s", "hare this", "Sharing this", " share this", "Pinned on")) {
            assertFalse(matches(regex, line), line);
        }
    }

    @Test
    void refusesWhatTheRegexWouldRefuse() {
        assertFalse(matches("click (here|to)\\b.{0,20}", "Residents said they heard a click here and there before the blast"));
        assertFalse(matches(".{0,30}\\ball rights reserved\\b.{0,10}", "The council said all rights reserved to the families would be respected"));
        assertFalse(matches("share\\b.{0,5}", "share this with everyone you know in the valley"));
    }

    /** A lazy run is not a leading run of any characters to strip: its "?" belongs to it. */
    @Test
    void keepsALazyLeadingRunWhole() {
        assertTrue(matches(".{0,10}?\\bnews", "daily news"));
        assertTrue(matches(".{0,10}+news", "dailynews") == Pattern.compile(".{0,10}+news", FLAGS).matcher("dailynews").matches());
    }

    /** Case folding follows the regex's own: a dotted capital I or a Kelvin sign still matches its letter. */
    @Test
    void foldsCaseAsTheRegexDoes() {
        for (String line : List.of("CL\u0130CK here now", "\u212Aeep reading", "SHARE: Facebook")) {
            for (String regex : List.of("click (here|to)\\b.{0,20}", "keep reading", "share\\s*:.{0,20}")) {
                assertEquals(Pattern.compile(regex, FLAGS).matcher(line).matches(), matches(regex, line), regex + " / " + line);
            }
        }
    }

    /** Every shipped boilerplate pattern, on lines built from their own words and from ordinary prose. */
    @Test
    void givesTheRegexsAnswerForEveryShippedPatternOnMixedLines() throws IOException {
        List<String> regexes = new ArrayList<>();
        String data;
        try (InputStream in = getClass().getResourceAsStream("/org/sitrep/ingest/boilerplate.txt")) {
            data = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String line : data.split("\n")) {
            String regex = line.strip().replaceFirst("^end:\\s*", "");
            if (!regex.isEmpty() && !regex.startsWith("#")) {
                regexes.add(regex);
            }
        }
        String[] pieces = {"Copyright", "\u00A9 2030", "All rights reserved.", "Share this article", "on Facebook",
            "Donate via PayPal:", "https://pay.example.org/x", "donor@example.org", "Click here", "to subscribe",
            "newsletter", "Featured image:", "Photo by", "a local reporter", "Disclaimer:", "3 comments",
            "Twitter", "|", "Shelling hit the market in the morning", "and two people died", "said the council",
            "the original source of this article is", "Leave a comment", "Related articles", "Read more:", ",", " "};
        Random random = new Random(7);
        int matched = 0;
        for (int n = 0; n < 3000; n++) {
            StringBuilder line = new StringBuilder();
            int parts = 1 + random.nextInt(5);
            for (int k = 0; k < parts; k++) {
                line.append(k == 0 ? "" : " ").append(pieces[random.nextInt(pieces.length)]);
            }
            String text = random.nextInt(10) == 0 ? line.toString().repeat(12) : line.toString();
            WholeLinePattern.Line checked = new WholeLinePattern.Line(text);
            for (String regex : regexes) {
                boolean expected = Pattern.compile(regex, FLAGS).matcher(text).matches();
                assertEquals(expected, new WholeLinePattern(regex, FLAGS).matches(checked), regex + " / " + text);
                matched += expected ? 1 : 0;
            }
        }
        assertTrue(matched > 100, "the lines exercise the patterns' matches too: " + matched);
    }
}
