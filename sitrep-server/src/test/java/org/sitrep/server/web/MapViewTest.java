package org.sitrep.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * What an analyst sees of the war on the map, in a real headless Chromium over the demo's data:
 * every place held on the day is a square that nothing covers and that opens with a click or the
 * keyboard; zoomed in over a city the base map names the places around it. Each state's screenshot
 * is written to {@code docs/screenshots/} (linked from the README).
 */
class MapViewTest {
    static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", ".")).toAbsolutePath()
            .resolve("../docs/screenshots").normalize();

    private static WebSession session;
    private static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        Browser.assumeInstalled();
        session = WebSession.start(DemoStore.fill(Files.createTempDirectory("sitrep-view-")));
        browser = session.browser;
    }

    @AfterAll
    static void stop() throws IOException {
        if (session != null) {
            session.close();
        }
    }

    @BeforeEach
    void desktop() {
        browser.resize(Browser.WIDTH, Browser.HEIGHT);
        browser.consoleErrors();
    }

    /** The ids of the places held on the page's day, as the API answers. */
    @SuppressWarnings("unchecked")
    private static List<String> heldOnShownDay() {
        return (List<String>) browser.js("return fetch('/api/control?date=' + document.getElementById('date').value)"
                + ".then(r => r.json()).then(d => d.features.map(f => f.properties.place_id))");
    }

    /** Whether the element a click at the centre of the place's square reaches is that square. */
    private static boolean onTop(WebElement box) {
        return (Boolean) browser.js("const r = arguments[0].getBoundingClientRect();"
                + "const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                + "const map = document.getElementById('map').getBoundingClientRect();"
                + "return r.left >= map.left && r.right <= map.right && r.top >= map.top && r.bottom <= map.bottom"
                + " && !!hit && arguments[0].closest('.place-marker').contains(hit);", box);
    }

    @Test
    void atTheDefaultViewEveryHeldPlaceIsVisibleOnTopAndOpensWithAClickOrTheKeyboard() throws IOException {
        browser.open(session.url());
        List<String> held = heldOnShownDay();
        assertTrue(held.size() >= 3, "the demo holds places on its last day: " + held);
        for (String id : held) {
            WebElement box = browser.find(".place-box[data-place-id='" + id.replace("'", "\\'") + "']");
            assertTrue(box.isDisplayed(), id);
            assertFalse(box.getAttribute("data-side").isEmpty(), id + " is drawn in its holder's colour");
            assertTrue(onTop(box), id + ": nothing (no event marker, no other place) covers its square");
        }
        browser.screenshot(SCREENSHOTS.resolve("desktop-control.png"));

        WebElement first = browser.find(".place-box[data-place-id='" + held.get(0).replace("'", "\\'") + "']");
        first.click(); // a real click at the square's centre, not a script's
        browser.settle();
        assertEquals(held.get(0), browser.find("#place-card").getAttribute("data-place-id"));

        browser.find("#detail-back").click();
        browser.settle();
        WebElement marker = browser.find(".place-box[data-place-id='" + held.get(1).replace("'", "\\'") + "']")
                .findElement(org.openqa.selenium.By.xpath("ancestor::div[contains(@class,'place-marker')]"));
        assertEquals("0", marker.getAttribute("tabindex"), "a place is a tab stop");
        assertTrue(marker.getAttribute("aria-label").contains("held by"), marker.getAttribute("aria-label"));
        marker.sendKeys(Keys.ENTER);
        browser.settle();
        assertEquals(held.get(1), browser.find("#place-card").getAttribute("data-place-id"), "Enter opens the place");
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void atZoomTenOverACityTheBaseMapNamesThePlacesAroundIt() throws IOException {
        browser.open(session.url() + "#map=36.2012,37.1612,10");
        browser.waitFor("place names drawn", () -> !browser.all(".place-label [data-place-name]").isEmpty());
        List<String> names = browser.all(".place-label [data-place-name]").stream()
                .map(e -> e.getAttribute("data-place-name")).toList();
        assertTrue(names.contains("Aleppo"), names.toString());
        assertTrue(names.size() >= 5, "the villages around the city are named too: " + names);
        assertTrue(browser.find(".place-label [data-place-name='Aleppo']").isDisplayed());
        browser.waitFor("the governorate named", () -> !browser.all(".admin1-label").isEmpty());
        assertTrue(browser.all(".leaflet-admin1-pane canvas").size() == 1, "the governorates' boundaries are drawn");
        browser.screenshot(SCREENSHOTS.resolve("desktop-zoom10-aleppo.png"));
        assertEquals(List.of(), browser.consoleErrors());
    }
}
