package org.sitrep.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * is taken by the government on 1 March 2024 and retaken by rebels (the opposition) on 9 March; the
 * areas of control around it follow.
 */
class ControlReplayTest {
    static final String TALL_THANI = "name:tall thani|hama";
    /** The colours of colours.json, as the browser computes them. */
    static final String GOVERNMENT_RED = "rgba(215, 48, 31, 1)";
    static final String OPPOSITION_GREEN = "rgba(43, 138, 62, 1)";
    static final Path AREAS_SCREENSHOT = Path.of("target", "screenshots", "control-areas.png");

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

    // --- areas of control: the ground around Tall Thani follows its holder ---

    private List<WebElement> areas() {
        return browser.all(".leaflet-control-areas-pane path.control-area");
    }

    /** The one area's side (from its class) and its shape, as the browser drew them. */
    private List<String> area() {
        List<WebElement> areas = areas();
        assertEquals(1, areas.size(), "one held place, one area");
        String side = areas.get(0).getAttribute("class").replaceAll(".*side-(\\S+).*", "$1");
        return List.of(side, areas.get(0).getAttribute("fill"), areas.get(0).getAttribute("d"));
    }

    @Test
    void movingTheSliderRecoloursTheAreasAndBeforeAnyChangeNoneIsDrawn() throws IOException {
        browser.open(session.url() + "#date=2024-03-10");
        List<String> rebels = area();
        assertEquals("opposition", rebels.get(0));
        assertTrue(rebels.get(2).length() > 20, "a shape, not a dot: " + rebels.get(2));
        browser.screenshot(AREAS_SCREENSHOT);

        WebElement slider = browser.find("#slider");
        slider.sendKeys(Keys.ARROW_LEFT, Keys.ARROW_LEFT);
        browser.settle();
        assertEquals("2024-03-08", browser.find("#date").getAttribute("value"));
        List<String> government = area();
        assertEquals("government", government.get(0));
        assertNotEquals(rebels.get(1), government.get(1), "the side's colour");
        assertEquals(GOVERNMENT_RED.replace("rgba(", "").replace(", 1)", ""),
                rgb(browser.find(".leaflet-control-areas-pane path.control-area").getCssValue("fill")));

        browser.open(session.url() + "#date=2024-02-20");
        browser.settle();
        assertEquals(0, areas().size(), "nobody is known to hold anything yet");
        assertEquals(List.of(), browser.consoleErrors());
    }

    /** "rgb(215, 48, 31)" as "215, 48, 31". */
    private static String rgb(String css) {
        return css.replaceAll("rgba?\\(([^)]*?)(, 1)?\\)", "$1");
    }
}
