package org.sitrep.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.sitrep.json.SitrepJson;
import org.sitrep.server.SitrepServer;

/**
 * The web map as a person uses it, in a real headless Chromium, over the demo's data (the sample
 * reports, extracted and stored): it loads cleanly and offline, shows the events and the places,
 * replays control with the slider, shows an event's evidence, filters, keeps its state in the URL,
 * downloads the selection, and never runs a report's text as markup.
 */
class WebMapTest {
    /** Written on every run; docs/screenshot.png is a copy chosen by hand. */
    static final Path SCREENSHOT = Path.of("target", "screenshots", "web-map.png");

    private static WebSession session;
    private static SitrepServer server;
    private static Browser browser;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        Browser.assumeInstalled();
        session = WebSession.start(DemoStore.fill(Files.createTempDirectory("sitrep-web-")));
        server = session.server;
        browser = session.browser;
    }

    @AfterAll
    static void stop() throws IOException {
        if (session != null) {
            session.close();
        }
    }

    @BeforeEach
    void freshConsole() {
        browser.consoleErrors(); // what an earlier test left there is that test's business
    }

    private static JsonNode api(String pathAndQuery) throws IOException {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + pathAndQuery.substring(1)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), pathAndQuery + ": " + r.body());
            return SitrepJson.mapper().readTree(r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String hash() {
        return URLDecoder.decode(String.valueOf(browser.js("return location.hash")), StandardCharsets.UTF_8);
    }

    @Test
    void thePageLoadsCleanlyAndShowsTheDemosEventsAndPlaces() throws IOException {
        browser.open(server.url());
        assertEquals(List.of(), browser.consoleErrors(), "console errors");

        long placed = api("/api/clusters?zoom=0&bbox=-180,-85,180,85").get("total").asLong();
        assertTrue(placed > 40, "the demo has placed events: " + placed);
        long drawn = 0;
        for (WebElement m : browser.all(".ev-dot, .ev-ring")) {
            drawn += m.getAttribute("class").contains("ev-ring") ? Long.parseLong(m.getAttribute("data-count")) : 1;
        }
        assertEquals(placed, drawn, "every placed event is on the first view, alone or in a cluster");
        assertFalse(browser.all(".ev-ring").isEmpty(), "dense events are clustered");

        int places = api("/api/control?date=9999-12-31").get("features").size();
        assertTrue(places > 0);
        assertEquals(places, browser.all(".place-box[data-place-id]").size(), "a square per place");

        assertEquals("1.9.4", browser.js("return L.version"), "Leaflet, from its webjar");
        assertEquals(1, browser.all(".leaflet-basemap-pane canvas").size(), "the country outlines are drawn");
        List<String> legend = new ArrayList<>();
        browser.all("#legend [data-type]").forEach(e -> legend.add(e.getAttribute("data-type")));
        assertEquals(List.of("Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
                "Strategic developments"), legend);
        List<String> sides = new ArrayList<>();
        browser.all("#legend .legend div[data-side], #legend div[data-side]").forEach(e -> {
            String side = e.getAttribute("data-side");
            if (!side.isEmpty() && !sides.contains(side)) {
                sides.add(side);
            }
        });
        assertEquals(List.of("government", "opposition", "isis", "sdf"), sides.subList(0, 4),
                "the legend lists the main sides of the war shown, from its dictionary: " + sides);
        int listed = Integer.parseInt(browser.find("#list-count").getText().split(" ")[0]);
        assertEquals(placed, listed, "the list holds the events of the view");
        assertEquals(Math.min(50, listed), browser.all("#event-list li[data-event-id]").size(), "the first page");

        // nothing came from anywhere but this server: the page works offline
        @SuppressWarnings("unchecked")
        List<String> fetched = (List<String>) browser.js(
                "return performance.getEntriesByType('resource').map(e => e.name)");
        for (String url : fetched) {
            assertTrue(url.startsWith(server.url()) || url.startsWith("data:") || url.startsWith("blob:"), url);
        }
        browser.screenshot(SCREENSHOT);
    }

    @Test
    void theMapAndTheListAskOnlyForTheViewAndOnePage() {
        browser.open(server.url());
        assertTrue(browser.find("#page-next").isEnabled(), "the demo's view holds more than a page of events");
        browser.find("#page-next").click();
        browser.waitFor("the address keeps the list's page", () -> hash().contains("page=2"));
        browser.settle();
        browser.js("window.sitrep.map.setZoom(window.sitrep.map.getZoom() + 2)");
        // the map asks for the new view when its zoom animation ends, so wait for that, not just for quiet
        browser.waitFor("a new view starts its list again", () -> !hash().contains("page="));
        browser.settle();
        @SuppressWarnings("unchecked")
        List<String> fetched = (List<String>) browser.js(
                "return performance.getEntriesByType('resource').map(e => e.name).filter(u => u.includes('/api/'))");
        int clusters = 0;
        int lists = 0;
        for (String url : fetched) {
            Map<String, String> params = params(url);
            String path = URI.create(url).getPath();
            if (path.equals("/api/clusters")) {
                clusters++;
                assertTrue(params.containsKey("bbox") && params.containsKey("zoom"), url);
            }
            if (path.equals("/api/events")) {
                lists++;
                assertEquals("50", params.get("size"), url);
                assertTrue(params.containsKey("bbox"), "the list holds the view's events: " + url);
            }
            assertFalse(path.equals("/api/export"), "nothing is exported unasked");
        }
        assertTrue(clusters >= 2, "markers were asked for again after zooming: " + fetched);
        assertTrue(lists >= 3, "the list was asked for again after paging and zooming: " + fetched);
    }

    @Test
    void movingTheSliderRecoloursAPlace() throws IOException {
        JsonNode days = api("/api/event-days");
        String first = days.get("first").asText();
        String last = days.get("last").asText();
        Map<String, String> before = holders(first);
        Map<String, String> after = holders(last);
        String place = after.keySet().stream().filter(p -> !after.get(p).equals(before.getOrDefault(p, ""))).findFirst()
                .orElseThrow(() -> new AssertionError("no place changes hands between " + first + " and " + last));

        browser.open(server.url());
        WebElement box = browser.find(".place-box[data-place-id='" + place.replace("'", "\\'") + "']");
        assertEquals(after.get(place), box.getAttribute("data-side"), "the last day is shown first");
        String lastColour = box.getCssValue("background-color");

        WebElement slider = browser.find("#slider");
        slider.sendKeys(Keys.HOME);
        browser.settle();
        assertEquals(first, browser.find("#date").getAttribute("value"));
        assertTrue(hash().contains("date=" + first), hash());
        assertEquals(before.getOrDefault(place, ""), box.getAttribute("data-side"));
        assertNotEquals(lastColour, box.getCssValue("background-color"), "the place changed colour");

        slider.sendKeys(Keys.END);
        browser.settle();
        assertEquals(after.get(place), box.getAttribute("data-side"));
        assertEquals(lastColour, box.getCssValue("background-color"));
        assertEquals(List.of(), browser.consoleErrors());
    }

    private static Map<String, String> holders(String date) throws IOException {
        Map<String, String> out = new HashMap<>();
        for (JsonNode f : api("/api/control?date=" + date).get("features")) {
            JsonNode p = f.get("properties");
            out.put(p.get("place_id").asText(), p.get("contested").asBoolean() ? "contested" : p.get("side").asText());
        }
        return out;
    }

    @Test
    void clickingAnEventOnTheMapShowsItsCardAndItsSentenceInTheReport() throws IOException {
        browser.open(server.url());
        for (int i = 0; i < 10 && browser.all(".ev-dot").isEmpty(); i++) {
            browser.all(".ev-ring").get(0).click(); // a cluster: zoom in on it
            browser.settle();
        }
        WebElement dot = browser.all(".ev-dot").get(0);
        String id = dot.getAttribute("data-event-id");
        dot.click();
        browser.settle();

        WebElement card = browser.find("#event-card");
        assertEquals(id, card.getAttribute("data-event-id"));
        assertTrue(hash().contains("event=" + id), hash());
        JsonNode event = api("/api/events/" + id);
        assertTrue(card.findElement(org.openqa.selenium.By.cssSelector(".date")).getText()
                .startsWith(event.get("date").asText()), card.getText());
        assertEquals(event.get("event_type").asText(), card.findElement(org.openqa.selenium.By.cssSelector(".type")).getText());
        assertEquals(event.get("corroboration").asInt() + " independent source"
                + (event.get("corroboration").asInt() == 1 ? "" : "s"),
                card.findElement(org.openqa.selenium.By.cssSelector(".corroboration")).getText().replaceAll(" \\(.*", ""));
        JsonNode claim = event.get("claims").get(0);
        WebElement account = browser.find(".claim[data-event-id='" + claim.get("event_id").asText() + "']");
        String modality = claim.get("modality").isNull() ? "asserted" : claim.get("modality").asText();
        assertEquals(modality, account.findElement(org.openqa.selenium.By.cssSelector(".modality")).getText());
        browser.waitFor("the evidence sentence is highlighted",
                () -> !account.findElements(org.openqa.selenium.By.cssSelector(".evidence mark")).isEmpty());
        WebElement mark = account.findElement(org.openqa.selenium.By.cssSelector(".evidence mark"));
        assertEquals(claim.get("evidence").get("text").asText(), mark.getText());
        String paragraph = account.findElement(org.openqa.selenium.By.cssSelector(".evidence")).getText();
        assertTrue(paragraph.contains(mark.getText()), "the sentence is shown inside its paragraph");
        assertTrue(browser.find(".ev-marker.selected .ev-dot").getAttribute("data-event-id").equals(id),
                "the marker is marked as selected");

        // the whole report, with every event of it highlighted in place
        account.findElement(org.openqa.selenium.By.cssSelector(".meta .link")).click();
        browser.settle();
        String reportId = browser.find("#report-card").getAttribute("data-report-id");
        JsonNode report = api("/api/reports/" + q(reportId));
        List<String> spans = new ArrayList<>();
        report.get("events").forEach(s -> {
            if (!s.get("body_start").isNull()) {
                spans.add(s.get("event_id").asText());
            }
        });
        List<String> marked = new ArrayList<>();
        browser.all("#report-body mark").forEach(m -> marked.addAll(List.of(m.getAttribute("data-event-id").split(" "))));
        assertTrue(marked.containsAll(spans), "every event with a sentence is highlighted: " + spans + " vs " + marked);
        assertTrue(List.of(browser.find("#report-body mark.focus").getAttribute("data-event-id").split(" "))
                .contains(claim.get("event_id").asText()), "the event we came from is in focus");
        assertEquals(report.get("body").asText().replaceAll("\\s+", " ").strip(),
                browser.find("#report-body").getText().replaceAll("\\s+", " ").strip(), "the report's text, whole");
        browser.find("#detail-back").click();
        browser.settle();
        assertEquals(id, browser.find("#event-card").getAttribute("data-event-id"), "back to the event");
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void filtersNarrowTheMapAndTheListAndTheUrlKeepsThem() throws IOException {
        browser.open(server.url());
        int everything = Integer.parseInt(browser.find("#list-count").getText().split(" ")[0]);
        new Select(browser.find("#f-type")).selectByValue("Battles");
        browser.settle();
        assertTrue(hash().contains("type=Battles"), hash());
        List<WebElement> items = browser.all("#event-list li[data-event-id]");
        assertFalse(items.isEmpty());
        items.forEach(li -> assertEquals("Battles", li.getAttribute("data-type")));
        browser.all(".ev-dot").forEach(d -> assertEquals("Battles", d.getAttribute("data-type")));
        browser.all(".ev-ring").forEach(r -> assertTrue(r.getAttribute("title").matches("\\d+ events: \\d+ Battles"),
                r.getAttribute("title")));
        int battles = Integer.parseInt(browser.find("#list-count").getText().split(" ")[0]);
        assertTrue(battles < everything, battles + " of " + everything);

        WebElement text = browser.find("#f-text");
        text.sendKeys("Afrin");
        browser.waitFor("the words reach the URL", () -> hash().contains("text=Afrin"));
        browser.settle();
        int afrin = Integer.parseInt(browser.find("#list-count").getText().split(" ")[0]);
        assertTrue(afrin > 0 && afrin < battles, afrin + " of " + battles);
        String where = String.valueOf(browser.js("return location.href"));

        // the same link, opened afresh, shows the same selection
        browser.driver().get("about:blank");
        browser.open(where);
        assertEquals("Battles", new Select(browser.find("#f-type")).getFirstSelectedOption().getAttribute("value"));
        assertEquals("Afrin", browser.find("#f-text").getAttribute("value"));
        assertEquals(afrin + (afrin == 1 ? " event" : " events"), browser.find("#list-count").getText());

        // and the downloads carry it too
        String geojson = browser.find("#dl-geojson").getAttribute("href");
        Map<String, String> p = params(geojson);
        assertEquals("geojson", p.get("format"));
        assertEquals("Battles", p.get("type"));
        assertEquals("Afrin", p.get("text"));
        assertTrue(p.containsKey("bbox"), geojson);
        JsonNode file = api(geojson.substring(server.url().length() - 1));
        assertEquals(afrin, file.get("features").size(), "the download holds the listed events");
        String csv = browser.find("#dl-csv").getAttribute("href");
        assertEquals(params(csv).get("bbox"), p.get("bbox"));
        assertEquals("acled-csv", params(csv).get("format"));

        browser.find("#f-reset").click();
        browser.settle();
        assertFalse(hash().contains("type="), hash());
        assertEquals(everything, Integer.parseInt(browser.find("#list-count").getText().split(" ")[0]));
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void aFilterTheApiRefusesSaysWhyOnItsField() {
        browser.open(server.url() + "#side=regime");
        WebElement side = browser.find("#f-side");
        browser.waitFor("the side field is marked", () -> "true".equals(side.getAttribute("aria-invalid")));
        String why = side.getAttribute("title");
        assertTrue(why.startsWith("'side' is not a side events have: 'regime' (known: ") && why.contains("government"),
                why);
        new Select(side).selectByValue("");
        browser.waitFor("a valid choice clears the mark", () -> side.getAttribute("aria-invalid") == null);
        browser.consoleErrors(); // the browser logs the refused requests themselves
    }

    @Test
    void reportTextIsShownAsTextNeverAsMarkup() throws IOException {
        String title = String.valueOf(browser.js("return document.title"));
        browser.open(server.url() + "#report=" + DemoStore.HOSTILE_ID);
        WebElement body = browser.find("#report-body");
        assertTrue(body.getText().contains("<script>document.title='pwned'</script>"), body.getText());
        assertTrue(body.getText().contains("<img src=x onerror="), body.getText());
        assertEquals(DemoStore.HOSTILE_SENTENCE, browser.find("#report-body mark").getText());
        assertEquals(0, browser.all("#detail img, #detail script, #detail b, #detail em").size(), "no markup came alive");
        assertEquals("<em>Hostile</em> title", browser.find("#report-card h2").getText());
        assertTrue(browser.all("#report-card a[href^='javascript']").isEmpty(), "a javascript: URL is no link");

        String event = api("/api/events?report=" + DemoStore.HOSTILE_ID).get("items").get(0).get("id").asText();
        browser.find("#report-body mark").click();
        browser.settle();
        assertEquals(event, browser.find("#event-card").getAttribute("data-event-id"));
        assertTrue(browser.find("#event-card .actors").getText().contains("Rebels <i>Front</i>"));
        browser.waitFor("evidence", () -> !browser.all("#event-card .evidence mark").isEmpty());
        assertEquals(DemoStore.HOSTILE_SENTENCE, browser.find("#event-card .evidence mark").getText());
        assertEquals(title, browser.js("return document.title"));
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void aPlacesTimelineOpensFromTheMap() throws IOException {
        browser.open(server.url());
        WebElement box = browser.all(".place-box[data-place-id]").get(0);
        String place = box.getAttribute("data-place-id");
        browser.js("arguments[0].click()", box); // squares may lie under event markers: click it as a person would find it
        browser.settle();
        WebElement card = browser.find("#place-card");
        assertEquals(place, card.getAttribute("data-place-id"));
        JsonNode timeline = api("/api/places/" + q(place));
        assertEquals(timeline.get("changes").size(), browser.all("#place-card .changes li").size());
        assertEquals(timeline.get("changes").size(), browser.all("#place-card .timeline-bar span").size());
        assertTrue(hash().contains("place="), hash());
    }

    private static Map<String, String> params(String url) {
        Map<String, String> out = new HashMap<>();
        String query = URI.create(url).getRawQuery();
        if (query != null) {
            for (String kv : query.split("&")) {
                String[] p = kv.split("=", 2);
                out.put(URLDecoder.decode(p[0], StandardCharsets.UTF_8),
                        p.length > 1 ? URLDecoder.decode(p[1], StandardCharsets.UTF_8) : "");
            }
        }
        return out;
    }
}
