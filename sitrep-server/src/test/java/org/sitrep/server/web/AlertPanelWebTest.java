package org.sitrep.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;
import org.sitrep.store.Store;
import org.sitrep.store.alert.AlertRule;
import org.sitrep.store.user.Role;

/**
 * The map's alert list in a real headless Chromium: a signed-in user watches a place from the
 * panel, the place changes hands in an ingest after the page loaded, and the alert appears in the
 * list (the webhook does not answer here: it is listed as pending); a click opens its event.
 */
class AlertPanelWebTest {
    private static final String PLACE = "Burj Rabi";
    /** Nothing listens there: the alert stays pending, retried. */
    private static final String DEAD_HOOK = "http://127.0.0.1:9/hook";

    private static WebSession session;

    @BeforeAll
    static void start() throws IOException {
        Browser.assumeInstalled();
        session = WebSession.start(Store.openDataDir(Files.createTempDirectory("sitrep-alert-web-")));
    }

    @AfterAll
    static void stop() throws IOException {
        if (session != null) {
            session.close();
        }
    }

    private static long ingestCapture() {
        String sentence = "Government troops took " + PLACE + " on 6 May.";
        Location at = new Location(PLACE, PLACE, List.of(), "Test Governorate", null, "Syria", 35.0, 38.0, 1, "test",
                null);
        SubEventType sub = SubEventType.fromLabel("Government regains territory");
        LocalDate may6 = LocalDate.of(2024, 5, 6);
        Event e = new Event("capture", may6, "day", null, sub.type().label(), sub.label(),
                new Actor("Testland Army", "government", 1, null), new Actor("Test Front", "opposition", 2, null),
                List.of(), List.of(), at, "Syria", 0, null, List.of(), null, 0.9,
                new Evidence(sentence, 0, sentence.length()));
        session.store.reports().store(new Report("capture", "Note", null, "Test Outlet", may6, null, null, List.of(),
                null, sentence, null, null), List.of(e));
        return session.store.incidents().find(org.sitrep.store.event.EventQuery.all(),
                org.sitrep.store.PageRequest.first(10)).items().get(0).id();
    }

    @Test
    void aWatchedPlaceChangingHandsShowsInTheAlertList() {
        Browser browser = session.browser;
        browser.open(session.url() + "#map=35,38,6");
        assertTrue(browser.find("#alerts-button").getAttribute("hidden") != null, "nobody signed in: no alerts");
        session.signIn(session.store.users().add("amira", Role.VIEWER).token());

        browser.find("#alerts-button").click();
        browser.find("#alert-place").sendKeys(PLACE);
        browser.find("#alert-control").click();
        browser.find("#alert-webhook").sendKeys(DEAD_HOOK);
        browser.find("#alert-form button[type=submit]").click();
        browser.waitFor("the panel lists the new watch", () -> browser.find("#alert-rules").getText()
                .contains("place " + PLACE + ", changes of control"));
        AlertRule rule = session.store.alerts().rules("amira").get(0);
        assertEquals(DEAD_HOOK, rule.webhook());

        long id = ingestCapture();
        browser.waitFor("the alert is listed", () -> !browser.all("#alert-recent li[data-event-id='" + id + "']")
                .isEmpty());
        assertEquals("pending", browser.find("#alert-recent li[data-event-id='" + id + "']").getAttribute("data-status"));
        browser.find("#alert-recent li[data-event-id='" + id + "']").click();
        browser.waitFor("its event opens", () -> !browser.all("#event-card").isEmpty()
                && browser.find("#event-card").getText().contains(PLACE));
        assertEquals(List.of(), browser.consoleErrors());
    }
}
