package org.sitrep.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
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
 * YYYY-MM-DD; every control has a name for screen readers; the Charts panel draws the selected
 * events as SVG with a text summary of each chart, and event dots grow with their fatalities.
 * Each state's screenshot is written to
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
        browser.waitFor("the rivers of the view fetched", () -> (Boolean) browser.js("return performance"
                + ".getEntriesByType('resource').some(e => e.name.endsWith('/basemap/rivers/30_30.geojson'))"));
        assertEquals(1, browser.all(".leaflet-rivers-pane canvas").size(), "the rivers are drawn");
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

    @SuppressWarnings("unchecked")
    private static Map<String, Object> analysis(String query) {
        return (Map<String, Object>) browser.js("return fetch('/api/analysis" + query + "').then(r => r.json())");
    }

    private static int bars(String figure) {
        return browser.all("#" + figure + " svg rect.chart-bar").size();
    }

    @Test
    void theChartsButtonDrawsTheSelectedEventsAsSvgWithATextSummaryOfEach() throws IOException {
        browser.open(session.url());
        WebElement button = browser.find("#charts-button");
        assertEquals("false", button.getAttribute("aria-expanded"));
        button.click();
        browser.waitFor("the charts drawn", () -> !browser.all("#chart-fatalities-side svg rect.chart-bar").isEmpty());
        browser.settle();
        assertEquals("true", button.getAttribute("aria-expanded"));

        Map<String, Object> all = analysis("");
        long events = ((Number) all.get("events")).longValue();
        long killed = ((Number) all.get("fatalities")).longValue();
        assertTrue(events > 0 && killed > 0, "the demo has events with dead: " + all);
        assertTrue(browser.find("#charts-total").getText().startsWith(events + " events, " + killed + " killed"),
                browser.find("#charts-total").getText());
        for (String id : List.of("chart-fatalities-side", "chart-events-side", "chart-events-type", "chart-admin1")) {
            assertTrue(bars(id) > 0, id + " has bars");
            WebElement svg = browser.find("#" + id + " svg");
            assertEquals("img", svg.getAttribute("role"));
            assertTrue(!svg.getAttribute("aria-label").isEmpty(), id + " is named");
            String summary = browser.find("#" + id + "-summary").getText();
            assertEquals(id + "-summary", svg.getAttribute("aria-describedby"));
            assertTrue(summary.matches(".*\\d.*"), id + " says its figures: " + summary);
        }
        List<?> changes = (List<?>) all.get("control_changes");
        assertTrue(!changes.isEmpty(), "the demo's events change control");
        assertEquals(changes.size(), browser.all("#chart-control svg circle.chart-point").size(), "a point per period");
        assertTrue(browser.find("#chart-control-summary").getText().contains("changes of control"));
        Path shot = Path.of("target", "screenshots", "desktop-charts.png");
        browser.screenshot(shot);
        Files.copy(shot, SCREENSHOTS.resolve(shot.getFileName()), StandardCopyOption.REPLACE_EXISTING);

        // a filter narrows the charts: one type's events only
        @SuppressWarnings("unchecked")
        String type = (String) ((Map<String, Object>) ((List<?>) all.get("by_type")).get(0)).get("key");
        Map<String, Object> one = analysis("?type=" + type.replace(" ", "%20"));
        browser.js("const s = document.getElementById('f-type'); s.value = arguments[0];"
                + "s.dispatchEvent(new Event('change'));", type);
        browser.waitFor("the charts redrawn for one type", () -> String.valueOf(browser.js(
                "const t = document.getElementById('charts-total'); return t ? t.textContent : ''"))
                .startsWith(one.get("events") + " events, "));
        browser.settle();
        assertTrue(((Number) one.get("events")).longValue() < events, "one type is fewer events than all");
        assertEquals(1, browser.all("#chart-events-type + .chart-legend li").size(), "one type left in the legend");

        browser.find("#charts-close").click();
        assertTrue(!browser.find("#charts-panel").isDisplayed());
        assertEquals(List.of(), browser.consoleErrors());
    }

    /** The width of the dot of an event standing alone at zoom 18, with dead ({@code dead}) or without. */
    private static double dotWidth(boolean dead) {
        @SuppressWarnings("unchecked")
        List<Object> event = (List<Object>) browser.js("const dead = arguments[0];"
                + "return fetch('/api/clusters?zoom=0&bbox=-180,-85,180,85').then(r => r.json())"
                + ".then(w => Promise.all(w.clusters.map(c => fetch('/api/clusters?zoom=10&bbox=' + c.bbox.join(','))"
                + ".then(r => r.ok ? r.json() : {clusters: []}))))"
                + ".then(vs => vs.flatMap(v => v.clusters).filter(c => c.event && (c.event.fatalities > 0) === dead)"
                + ".map(c => [c.event.id, c.latitude, c.longitude])[0])", dead);
        assertTrue(event != null, "the demo has an event " + (dead ? "with" : "without") + " dead");
        browser.open(session.url() + "#map=" + event.get(1) + "," + event.get(2) + ",18");
        String dot = ".ev-dot[data-event-id='" + event.get(0) + "']";
        browser.waitFor("the event's dot drawn", () -> !browser.all(dot).isEmpty());
        return ((Number) browser.js("return arguments[0].getBoundingClientRect().width", browser.find(dot))).doubleValue();
    }

    @Test
    void anEventDotGrowsWithItsFatalities() {
        browser.open(session.url());
        double none = dotWidth(false);
        double dead = dotWidth(true);
        assertTrue(dead > none, "a dot with dead (" + dead + " px) is larger than one without (" + none + " px)");
    }

    @Test
    void anUnknownGovernorateTypedIsRefusedNextToTheFiltersWithTheKnownOnes() {
        browser.open(session.url());
        browser.find("#f-admin1").sendKeys("Atlantis");
        browser.waitFor("the refusal shown by the filters", () -> browser.find("#filter-error").getText().contains("'admin1'"));
        browser.settle();
        String message = browser.find("#filter-error").getText();
        assertTrue(message.contains("'Atlantis'") && message.contains("Idlib"), "names the value and the known ones: " + message);
        assertTrue(browser.find("#filter-error").isDisplayed());
        assertEquals("true", browser.find("#f-admin1").getAttribute("aria-invalid"));

        browser.find("#f-admin1").clear();
        browser.find("#f-admin1").sendKeys("Idleb"); // another spelling of a governorate events have
        browser.waitFor("the filter taken", () -> String.valueOf(browser.js("return location.hash")).contains("admin1=Idleb"));
        browser.settle();
        assertEquals("", browser.find("#filter-error").getText(), "the refusal is gone");
        assertTrue(!browser.find("#filter-error").isDisplayed());
        assertTrue(browser.find("#status").getText().matches("\\d+ events on the map.*"), browser.find("#status").getText());
    }

    @Test
    void anUnknownDistrictTypedIsRefusedOnItsFieldAndClearingItLiftsTheRefusal() {
        browser.open(session.url());
        WebElement district = browser.find("#f-admin2");
        district.sendKeys("Atlantis");
        browser.waitFor("the refusal shown by the filters", () -> browser.find("#filter-error").getText().contains("'admin2'"));
        String message = browser.find("#filter-error").getText();
        assertTrue(message.startsWith("'admin2' is not a district events have: 'Atlantis' (known: "), message);
        assertEquals("true", district.getAttribute("aria-invalid"));
        assertTrue(String.valueOf(browser.js("return location.hash")).contains("admin2=Atlantis"), "the link keeps it");

        district.clear();
        district.sendKeys(Keys.TAB);
        browser.waitFor("the refusal lifted", () -> district.getAttribute("aria-invalid") == null);
        assertEquals("", browser.find("#filter-error").getText());
        browser.consoleErrors(); // the browser logs the refused requests themselves
    }

    @Test
    void eventsOfARangeFromADayToTheDateShown() {
        browser.open(session.url());
        String last = browser.find("#date").getAttribute("value");
        assertFalse(browser.find("#from").isDisplayed(), "no range asked for yet");
        browser.js("const w = document.getElementById('window'); w.value = 'from'; w.dispatchEvent(new Event('change'));");
        browser.settle();
        assertTrue(browser.find("#from").isDisplayed());
        browser.find("#from").sendKeys("2018-02-01", Keys.ENTER);
        browser.find("#f-text").click(); // leaves the field: its change is taken
        browser.waitFor("the range in the address", () -> String.valueOf(browser.js("return location.hash")).contains("from=2018-02-01"));
        browser.settle();
        Number inRange = (Number) browser.js("return fetch('/api/events?size=1&from=2018-02-01&to=" + last + "')"
                + ".then(r => r.json()).then(d => d.total)");
        Number all = (Number) browser.js("return fetch('/api/events?size=1').then(r => r.json()).then(d => d.total)");
        assertTrue(inRange.longValue() > 0 && inRange.longValue() < all.longValue(), inRange + " of " + all);
        browser.find("#in-view").click(); // the list: every event of the filters, not only the view's
        browser.settle();
        assertTrue(browser.find("#list-count").getText().startsWith(inRange + " events"), browser.find("#list-count").getText());
    }
}
