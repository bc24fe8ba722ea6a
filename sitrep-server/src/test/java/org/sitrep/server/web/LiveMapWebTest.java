package org.sitrep.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.StaleElementReferenceException;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;
import org.sitrep.store.Store;
import org.sitrep.store.change.Change;
import org.sitrep.store.change.ChangeKind;

/**
 * The live map in a real headless Chromium: an event ingested after the page loaded appears on the
 * map and in the list without a reload, marked new, and the time bar's last day follows it; after
 * the user left, what came in meanwhile is marked new on their return, and what they had seen is not.
 */
class LiveMapWebTest {
    private static WebSession session;
    private static Browser browser;
    private static final Actor ARMY = new Actor("Testland Army", "government", 1, null);
    private static final Actor FRONT = new Actor("Northern Test Front", "opposition", 2, null);
    private static final String VIEW = "#map=34.8,38.0,6";

    @BeforeAll
    static void start() throws IOException {
        Browser.assumeInstalled();
        session = WebSession.start(Store.openDataDir(Files.createTempDirectory("sitrep-live-web-")));
        browser = session.browser;
        ingest("first", LocalDate.of(2024, 5, 1), "Armed clash", "Tell Awwal", 35.9, 36.6,
                "Army units and the Front fought outside Tell Awwal on 1 May.");
    }

    @AfterAll
    static void stop() throws IOException {
        if (session != null) {
            session.close();
        }
    }

    /** Stores a report of one event, as an ingest would; answers the event's id. */
    private static long ingest(String id, LocalDate date, String subType, String place, double lat, double lon,
            String sentence) {
        long head = session.store.changes().head();
        SubEventType sub = SubEventType.fromLabel(subType);
        Location at = new Location(place, place, List.of(), "Test Governorate", null, "Syria", lat, lon, 1, "test", null);
        Event event = new Event(id, date, "day", null, sub.type().label(), sub.label(), ARMY, FRONT, List.of(),
                List.of(), at, "Syria", 0, null, List.of(), null, 0.9, new Evidence(sentence, 0, sentence.length()));
        session.store.reports().store(new Report(id, "Note " + id, null, "Test Outlet", date, null, null, List.of(),
                null, sentence, null, null), List.of(event));
        return session.store.changes().since(head, 10).stream().filter(c -> c.kind() == ChangeKind.ADDED)
                .map(Change::eventId).findFirst().orElseThrow();
    }

    private static String markerClass(long id) {
        try {
            List<org.openqa.selenium.WebElement> dots = browser.all(".ev-dot[data-event-id='" + id + "']");
            return dots.isEmpty() ? null : (String) browser.js(
                    "return arguments[0].closest('.ev-marker').className", dots.get(0));
        } catch (StaleElementReferenceException e) {
            return null;
        }
    }

    private static boolean listed(long id, boolean fresh) {
        try {
            List<org.openqa.selenium.WebElement> items = browser.all("#event-list li[data-event-id='" + id + "']");
            return !items.isEmpty() && items.get(0).getAttribute("class").contains("fresh") == fresh;
        } catch (StaleElementReferenceException e) {
            return false;
        }
    }

    @Test
    void anEventIngestedAfterLoadingAppearsMarkedNewAndTheTimeBarFollows() throws IOException {
        browser.open(session.url() + VIEW);
        browser.waitFor("the page follows the stream", () -> browser.js("return document.body.dataset.liveSeq") != null);
        assertEquals(1, browser.all(".ev-dot").size());
        assertTrue(browser.find("#live-new").getAttribute("hidden") != null, "nothing new yet");

        long capture = ingest("second", LocalDate.of(2024, 5, 3), "Government regains territory", "Qasr Thani",
                35.3, 40.1, "The army took Qasr Thani from the Front on 3 May.");
        browser.waitFor("the new event is drawn, ringed as new", () -> {
            String cls = markerClass(capture);
            return cls != null && cls.contains("fresh");
        });
        browser.waitFor("the list shows it, marked new", () -> listed(capture, true));
        browser.settle();
        assertEquals("1 new", browser.find("#live-new").getText());
        assertEquals("2", browser.find("#slider").getAttribute("max"), "the time bar's last day moved: 1 to 3 May");
        assertEquals("2", browser.find("#slider").getAttribute("value"), "and the slider with it");
        assertEquals("2024-05-03", browser.find("#date").getAttribute("value"));
        assertEquals("2024-05-03", browser.find("#date").getAttribute("placeholder"));
        assertFalse(browser.all(".place-marker").isEmpty(), "the change of control is on the control map");
        browser.screenshot(Path.of("target", "screenshots", "live-map.png"));

        browser.find("#live-new").click();
        browser.waitFor("marked seen", () -> {
            String cls = markerClass(capture); // null while the markers are redrawn
            return cls != null && !cls.contains("fresh") && listed(capture, false);
        });
        assertEquals(List.of(), browser.consoleErrors());

        // away from the page while a third event comes in: on return only that one is new
        browser.driver().get("about:blank");
        long third = ingest("third", LocalDate.of(2024, 5, 4), "Air/drone strike", "Nahr Thalith", 32.7, 36.1,
                "Aircraft struck Nahr Thalith on 4 May.");
        browser.open(session.url() + VIEW);
        browser.waitFor("the third event, new since the last look", () -> {
            String cls = markerClass(third);
            return cls != null && cls.contains("fresh");
        });
        browser.settle();
        assertFalse(markerClass(capture).contains("fresh"), "seen before leaving");
        assertEquals("1 new", browser.find("#live-new").getText());
    }
}
