package org.sitrep.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.sitrep.server.ApiFixturesAccess;
import org.sitrep.store.Store;

/**
 * The time slider replays control, in a real headless Chromium, over the API's fixtures: Tall Thani
 * is taken by the government on 1 March 2024 and retaken by rebels (the opposition) on 9 March.
 */
class ControlReplayTest {
    static final String TALL_THANI = "name:tall thani|hama";
    /** The colours of colours.json, as the browser computes them. */
    static final String GOVERNMENT_RED = "rgba(215, 48, 31, 1)";
    static final String OPPOSITION_GREEN = "rgba(43, 138, 62, 1)";

    private static WebSession session;
    private static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        Browser.assumeInstalled();
        Store store = Store.openDataDir(Files.createTempDirectory("sitrep-replay-"));
        ApiFixturesAccess.load(store);
        session = WebSession.start(store);
        browser = session.browser;
    }

    @AfterAll
    static void stop() throws IOException {
        if (session != null) {
            session.close();
        }
    }

    private WebElement tallThani() {
        return browser.find(".place-box[data-place-id='" + TALL_THANI + "']");
    }

    private void expect(String date, String side, String colour) {
        assertEquals(date, browser.find("#date").getAttribute("value"));
        assertEquals(side, tallThani().getAttribute("data-side"), "on " + date);
        assertEquals(colour, tallThani().getCssValue("background-color"), "on " + date);
    }

    @Test
    void theSliderAndItsKeysReplayWhoHeldThePlace() {
        browser.open(session.url());
        expect("2024-03-10", "opposition", OPPOSITION_GREEN);
        assertEquals("Tall Thani (Hama): held by Opposition since 2024-03-09 per pro-rebel media",
                tallThani().getAttribute("title"), "who holds it, since when, on whose word");
        WebElement slider = browser.find("#slider");
        slider.sendKeys(Keys.HOME);
        browser.settle();
        expect("2024-03-01", "government", GOVERNMENT_RED);
        slider.sendKeys(Keys.END, Keys.ARROW_LEFT);
        browser.settle();
        expect("2024-03-09", "opposition", OPPOSITION_GREEN);
        slider.sendKeys(Keys.ARROW_LEFT);
        browser.settle();
        expect("2024-03-08", "government", GOVERNMENT_RED);
        assertTrue(browser.find("#status").getText().contains("places held on 2024-03-08"),
                browser.find("#status").getText());
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void playReplaysTheDaysToTheLastAndStops() {
        browser.open(session.url() + "#date=2024-03-01");
        expect("2024-03-01", "government", GOVERNMENT_RED);
        String before = tallThani().getCssValue("background-color");
        browser.find("#play").click();
        browser.waitFor("the replay reaches the last day",
                () -> "2024-03-10".equals(browser.find("#date").getAttribute("value"))
                        && "▶".equals(browser.find("#play").getText()));
        browser.settle();
        expect("2024-03-10", "opposition", OPPOSITION_GREEN);
        assertNotEquals(before, tallThani().getCssValue("background-color"));
        assertTrue(String.valueOf(browser.js("return location.hash")).contains("date=2024-03-10"));
    }

    @Test
    void theDateWindowFiltersTheEvents() {
        browser.open(session.url() + "#date=2024-03-02&window=1&inview=0");
        assertEquals("1 event", browser.find("#list-count").getText(), "the air strike of 2 March alone");
        browser.open(session.url() + "#date=2024-03-02&inview=0");
        assertEquals("3 events", browser.find("#list-count").getText(), "the clash, the capture and the strike");
        browser.open(session.url() + "#inview=0");
        assertEquals("6 events", browser.find("#list-count").getText(), "every event, undated ones too");
    }
}
