package org.sitrep.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.sitrep.store.Page;
import org.sitrep.store.PageRequest;
import org.sitrep.store.event.EventQuery;
import org.sitrep.store.merge.Incident;
import org.sitrep.store.review.ReviewStatus;
import org.sitrep.store.user.Role;

/**
 * Reviewing in the web map, in a real headless Chromium over the demo's data: an analyst signs in
 * with a token, corrects an event's type and place from its card (the place found in the
 * gazetteer), and the card, the list and the history show it; the queue's keys move and decide.
 */
class ReviewWebTest {
    /** Written on every run; docs/review-panel.png is a copy chosen by hand. */
    static final Path SCREENSHOT = Path.of("target", "screenshots", "review-panel.png");
    private static final String NEW_SUB_TYPE = "Attack";
    private static final String NEW_TYPE = "Violence against civilians";

    private static WebSession session;
    private static Browser browser;
    private static String token;

    @BeforeAll
    static void start() throws IOException {
        Browser.assumeInstalled();
        session = WebSession.start(DemoStore.fill(Files.createTempDirectory("sitrep-review-web-")));
        browser = session.browser;
        token = session.store.users().add("amira", Role.ANALYST).token();
    }

    @AfterAll
    static void stop() throws IOException {
        if (session != null) {
            session.close();
        }
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A placed battle of the demo, not yet reviewed. */
    private static Incident aBattle() {
        Page<Incident> page = session.store.incidents().find(EventQuery.builder().eventType("Battles").build(),
                PageRequest.first(200));
        return page.items().stream().filter(i -> i.summary().location() != null && i.summary().location().placed()
                && i.summary().evidence() != null && session.store.reviews().state(i.id()).isEmpty())
                .findFirst().orElseThrow();
    }

    /** An attribute of the element now at {@code css}, or null (absent, or redrawn while read). */
    private static String attribute(String css, String name) {
        try {
            List<WebElement> found = browser.all(css);
            return found.isEmpty() ? null : found.get(0).getAttribute(name);
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return null;
        }
    }

    private static void signIn() {
        browser.find("#signin").click();
        browser.find("#token-input").sendKeys(token);
        browser.find("#token-form button[type=submit]").click();
        browser.waitFor("the page reloads signed in", () -> "Sign out".equals(browser.find("#signin").getText()));
        browser.settle();
    }

    @Test
    void anAnalystCorrectsTypeAndPlaceAndTheListAndTheHistoryShowIt() throws IOException {
        Incident battle = aBattle();
        long id = battle.id();
        String oldSubType = battle.subEventType();
        String oldPlace = battle.summary().location().name();
        browser.open(session.url() + "#event=" + id);
        assertFalse(browser.find("#review-confirm").isEnabled(), "nobody signed in: no decisions");
        signIn();
        assertTrue(browser.find("#review-confirm").isEnabled());
        assertEquals("extracted", browser.find("#event-card").getAttribute("data-status"));

        browser.find("#review-edit").click();
        browser.waitFor("the form opens", () -> browser.find("#review-form").isDisplayed());
        new Select(browser.find("#review-sub-type")).selectByVisibleText(NEW_SUB_TYPE);
        WebElement placeName = browser.find("#review-place-name");
        placeName.clear();
        placeName.sendKeys("Aleppo");
        browser.find("#review-place-search").click();
        browser.waitFor("the gazetteer answers", () -> !browser.all("#place-results button").isEmpty());
        String chosen = browser.all("#place-results button").get(0).getText();
        assertTrue(chosen.startsWith("Aleppo"), chosen);
        browser.all("#place-results button").get(0).click();
        browser.find("#review-reason").sendKeys("civilians at a market, in the city");
        browser.find("#review-save").click();
        browser.waitFor("the card shows the corrected event",
                () -> "corrected".equals(attribute("#event-card", "data-status")));
        browser.settle();

        WebElement card = browser.find("#event-card");
        assertEquals(NEW_SUB_TYPE, card.findElement(By.cssSelector("h2")).getText());
        assertEquals(NEW_TYPE, card.findElement(By.cssSelector(".type")).getText());
        assertTrue(card.findElement(By.cssSelector(".place")).getText().startsWith("Aleppo"), card.getText());
        assertTrue(browser.find("#review-status").getText().contains("by amira"));

        browser.waitFor("the history shows both versions", () -> browser.all("#history li.revision").size() == 2);
        browser.settle();
        List<WebElement> history = browser.all("#history li.revision");
        assertEquals("extracted", history.get(0).getAttribute("data-action"));
        assertTrue(history.get(0).getText().contains(oldSubType) && history.get(0).getText().contains(oldPlace),
                history.get(0).getText());
        assertEquals("correct", history.get(1).getAttribute("data-action"));
        String correction = history.get(1).getText();
        assertTrue(correction.contains("before: " + oldSubType), correction);
        assertTrue(correction.contains("after: " + NEW_SUB_TYPE) && correction.contains("Aleppo"), correction);
        assertTrue(correction.contains("civilians at a market, in the city"), correction);
        browser.screenshot(SCREENSHOT);

        // the list, filtered by the new type, holds the corrected event, marked as reviewed
        String word = battle.summary().evidence().text().split("\\s+")[0].replaceAll("[^\\p{L}]", "");
        browser.open(session.url() + "#inview=0&type=" + q(NEW_TYPE) + "&text=" + q(word));
        browser.waitFor("the corrected event is listed",
                () -> !browser.all("#event-list li[data-event-id='" + id + "']").isEmpty());
        WebElement item = browser.find("#event-list li[data-event-id='" + id + "']");
        assertTrue(item.getAttribute("class").contains("reviewed"), item.getAttribute("class"));
        assertTrue(item.getText().contains(NEW_SUB_TYPE) && item.getText().contains("Aleppo"), item.getText());
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void theQueueKeysMoveToTheNextEventAndDecide() {
        browser.open(session.url());
        if (!"Sign out".equals(browser.find("#signin").getText())) {
            signIn();
        }
        browser.find("body").sendKeys("n");
        browser.waitFor("n opens the queue's first event", () -> !browser.all("#event-card").isEmpty());
        browser.settle();
        String first = browser.find("#event-card").getAttribute("data-event-id");
        browser.find("body").sendKeys("c");
        browser.waitFor("c confirms it",
                () -> "confirmed".equals(attribute("#event-card", "data-status")));
        assertEquals(ReviewStatus.CONFIRMED, session.store.reviews().state(Long.parseLong(first)).orElseThrow().status());
        browser.find("body").sendKeys("n");
        browser.waitFor("n moves on", () -> {
            String now = attribute("#event-card", "data-event-id");
            return now != null && !first.equals(now);
        });
        browser.settle();
        String second = browser.find("#event-card").getAttribute("data-event-id");
        assertNotEquals(first, second);
        browser.find("body").sendKeys("r");
        browser.waitFor("r rejects it", () -> "rejected".equals(attribute("#event-card", "data-status")));
        assertEquals(ReviewStatus.REJECTED, session.store.reviews().state(Long.parseLong(second)).orElseThrow().status());
    }
}
