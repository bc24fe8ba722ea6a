package org.sitrep.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * What an analyst sees of the war on the map, in a real headless Chromium over the demo's data, on
 * a desktop (1280×800) and a phone (390×844): every place held on the day is a square that nothing
 * covers and that opens with a click or the keyboard; zoomed in over a city the base map names the
 * places around it; the phone shows the map first with the list as a bottom sheet; dates read
 * YYYY-MM-DD; every control has a name for screen readers. Each state's screenshot is written to
 * {@code docs/screenshots/} (linked from the README).
 */
class MapViewTest {
    static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", ".")).toAbsolutePath()
            .resolve("../docs/screenshots").normalize();

    private static WebSession session;
    private static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        session = WebSession.demo("sitrep-view-");
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

    @Test
    void onAPhoneTheMapComesFirstAndTheListIsABottomSheet() throws IOException {
        browser.resize(390, 844);
        browser.open(session.url());
        WebElement map = browser.find("#map");
        WebElement side = browser.find("#side");
        assertTrue(map.isDisplayed());
        assertEquals(390, map.getRect().getWidth(), "the map spans the phone's width");
        assertTrue(map.getRect().getHeight() >= 350, "the map takes most of the screen: " + map.getRect());
        assertTrue(side.getRect().getY() >= map.getRect().getY() + map.getRect().getHeight() - 1,
                "the list lies under the map");
        assertTrue(side.getRect().getY() + side.getRect().getHeight() <= 844, "the sheet is on screen");
        assertFalse(browser.find("#filters").isDisplayed(), "the filters wait behind their button");
        List<String> held = heldOnShownDay();
        for (String id : held) {
            WebElement box = browser.find(".place-box[data-place-id='" + id.replace("'", "\\'") + "']");
            assertTrue(onTop(box), id + " is visible and on top on the phone too");
        }
        browser.screenshot(SCREENSHOTS.resolve("phone-map.png"));

        browser.find("#filters-toggle").click();
        assertTrue(browser.find("#f-type").isDisplayed(), "the Filters button shows them");
        assertEquals("true", browser.find("#filters-toggle").getAttribute("aria-expanded"));
        browser.find("#filters-toggle").click();

        int before = side.getRect().getHeight();
        browser.find("#event-list li").click();
        browser.settle();
        assertTrue(browser.find("#detail").isDisplayed());
        browser.waitFor("the sheet grows for the card", () -> side.getRect().getHeight() > before);
        WebElement timebar = browser.find("#timebar");
        assertTrue(timebar.getRect().getY() >= side.getRect().getY() + side.getRect().getHeight() - 1
                && timebar.getRect().getY() + timebar.getRect().getHeight() <= 844, "the time bar stays on screen");
        assertTrue(browser.find("#date").isDisplayed() && browser.find("#play").isDisplayed());
        assertEquals(browser.js("return getComputedStyle(document.body).fontFamily"),
                browser.js("return getComputedStyle(document.querySelector('#detail .evidence')).fontFamily"),
                "the evidence is highlighted, not set in another font");
        browser.screenshot(SCREENSHOTS.resolve("phone-event-card.png"));
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void theDateReadsYearMonthDayAndATypedDayIsCheckedWhateverTheLocale() {
        browser.open(session.url());
        WebElement date = browser.find("#date");
        assertEquals("text", date.getAttribute("type"), "no locale-formatted date picker");
        assertTrue(date.getAttribute("value").matches("\\d{4}-\\d{2}-\\d{2}"), date.getAttribute("value"));
        String first = (String) browser.js("return window.sitrep.days.first");
        String firstPlus = (String) browser.js("const d = new Date(window.sitrep.days.first + 'T00:00:00Z');"
                + "d.setUTCDate(d.getUTCDate() + 1); return d.toISOString().slice(0, 10)");

        date.clear();
        date.sendKeys(firstPlus, Keys.ENTER);
        browser.settle();
        assertTrue(String.valueOf(browser.js("return location.hash")).contains("date=" + firstPlus));
        assertEquals(null, date.getAttribute("aria-invalid"));

        date.clear();
        date.sendKeys("02/11/2018", Keys.ENTER);
        browser.settle();
        assertEquals("true", date.getAttribute("aria-invalid"), "a day in a locale's order is refused, not guessed");
        assertTrue(String.valueOf(browser.js("return location.hash")).contains("date=" + firstPlus), "the day stays");

        date.clear();
        date.sendKeys("1990-01-01", Keys.ENTER);
        browser.settle();
        assertEquals(first, date.getAttribute("value"), "a day before the data is its first day");
    }

    @Test
    void everyControlHasANameForScreenReadersAndTheTextOneFamily() {
        browser.open(session.url());
        @SuppressWarnings("unchecked")
        List<String> unnamed = (List<String>) browser.js("return [...document.querySelectorAll("
                + "'button, input, select, a.button, a[role=button], [tabindex]:not([tabindex=\"-1\"])')]"
                + ".filter(n => n.offsetParent !== null || n.getClientRects().length > 0)"
                + ".filter(n => {"
                + "  if ((n.getAttribute('aria-label') || '').trim()) return false;"
                + "  const by = n.getAttribute('aria-labelledby');"
                + "  if (by && document.getElementById(by) && document.getElementById(by).textContent.trim()) return false;"
                + "  if (n.labels && [...n.labels].some(l => l.textContent.trim())) return false;"
                + "  return !/[A-Za-z]{2}/.test(n.textContent || ''); })"
                + ".map(n => n.outerHTML.slice(0, 120))");
        assertEquals(List.of(), unnamed, "controls with no accessible name");
        @SuppressWarnings("unchecked")
        List<String> families = (List<String>) browser.js("return [...new Set([...document.querySelectorAll("
                + "'body, #top, #event-list li, #timebar, .legend, .place-label span')].map(n => getComputedStyle(n).fontFamily))]");
        assertEquals(1, families.size(), "one type family: " + families);

        WebElement item = browser.find("#event-list li[data-event-id]");
        assertEquals("0", item.getAttribute("tabindex"), "an event of the list is a tab stop");
        item.sendKeys(Keys.ENTER);
        browser.settle();
        assertEquals(item.getAttribute("data-event-id"), String.valueOf(browser.js(
                "return new URLSearchParams(location.hash.slice(1)).get('event')")), "Enter opens the event");
    }
}
