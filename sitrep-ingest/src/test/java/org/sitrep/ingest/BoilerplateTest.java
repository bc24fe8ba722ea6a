package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoilerplateTest {
    private final Boilerplate defaults = Boilerplate.defaults();

    @Test
    void dropsAppealsCreditsLegalAndSharePrompts() {
        for (String line : List.of(
                "If you're able, and if you like our content and approach, please support the project.",
                "Send a gift via PayPal: someone@example.org",
                "Featured image is from Some Outlet.",
                "Photo: Smoke over the city. Source: local media",
                "Copyright © Some Outlet, 2018",
                "© 2018 Some Outlet. All rights reserved.",
                "Disclaimer: The contents of this article are of sole responsibility of the author(s).",
                "Comment on Our Articles on our Facebook page",
                "Become a Member of Some Outlet",
                "Articles by: Some Author",
                "Share this article:",
                "Twitter Facebook Telegram",
                "Read more: Background to the siege",
                "For media inquiries: press@example.org",
                "Click to see the full-size map",
                "Url of this article: https://example.org/a/123",
                "All our articles can be read in 27 languages by activating the menu.",
                "Note to readers: please click the share buttons above.",
                "Join our Telegram channel on t.me/example")) {
            assertTrue(defaults.isBoilerplate(line), line);
        }
    }

    @Test
    void keepsArticleSentences() {
        for (String line : List.of(
                "The SAA liberated the villages of Tell Sultan and Sarjah.",
                "Local activists shared photos of the destroyed bridge on social media.",
                "The militants failed to capture the hill, and no image of the fighting was published.",
                "Russian warplanes struck militant positions near Saraqib, the Defense Ministry said.",
                "Photo Hill fell to the army on Tuesday.")) {
            assertFalse(defaults.isBoilerplate(line), line);
        }
    }

    /** Issue 18: a paragraph that mentions a pattern's words was deleted with its events. */
    @Test
    void keepsArticleParagraphsThatMerelyMentionAPattern() {
        for (String line : List.of(
                "Investigators said the group raised money through PayPal and Patreon accounts before the attack "
                        + "on the checkpoint near Saraqib, in which four soldiers were killed on Tuesday.",
                "The rebels, who claim all rights reserved to the land under the 2016 agreement, shelled the "
                        + "government positions south of the town, killing two soldiers, local sources said.",
                "The minister displayed a map with the \u00A9 of a foreign agency as the army shelled the village of "
                        + "Kafr Nabudah overnight, killing three civilians, activists reported.",
                "Copyright disputes aside, the outlet reported that the army captured the villages of Tell Sultan, "
                        + "Sarjah and Abu Dali after two days of clashes with militants in the south of Idlib.")) {
            assertFalse(defaults.isBoilerplate(line), line);
        }
    }

    @Test
    void aUserPatternMustMatchTheWholeLine() {
        Boilerplate user = defaults.plus(List.of("photo credit.{0,40}"), "user.txt");
        assertTrue(user.isBoilerplate("Photo credit: someone"));
        assertFalse(user.isBoilerplate("A view of the town (photo credit: someone)"), "found inside, not whole");
    }

    @Test
    void theOriginalSourceLineStartsTheTrailer() {
        assertTrue(defaults.startsTrailer("The original source of this article is Some Outlet"));
        assertFalse(defaults.startsTrailer("The SAA took the original source of the river."));
    }

    @Test
    void aUserFileAddsPatterns(@TempDir Path dir) throws IOException {
        Path mine = dir.resolve("mine.txt");
        Files.writeString(mine, "# my outlet's footer\n^Support Front Notes\\b.*\nend: ^-- front notes --$\n");
        Boilerplate extended = defaults.with(mine);
        assertTrue(extended.isBoilerplate("Support Front Notes on our website"));
        assertTrue(extended.startsTrailer("-- Front Notes --"));
        assertFalse(defaults.isBoilerplate("Support Front Notes on our website"));
    }

    @Test
    void aBadPatternNamesItsFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> defaults.plus(List.of("# ok", "fine", "broken(("), "mine.txt"));
        assertTrue(e.getMessage().startsWith("mine.txt:3: bad pattern"), e.getMessage());
    }

    @Test
    void noShippedPatternMatchesEveryLine() {
        assertFalse(defaults.isBoilerplate(""));
    }
}
