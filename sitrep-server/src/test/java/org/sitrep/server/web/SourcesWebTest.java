package org.sitrep.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.sitrep.store.PageRequest;
import org.sitrep.store.event.EventQuery;
import org.sitrep.store.merge.Incident;
import org.sitrep.store.sources.SourceReliability;

/**
 * Source reliability in a real headless Chromium over the demo's data: the sources page ranks every
 * source as the API does, each with a chart month by month; the event card shows each claim's
 * source with its reliability, and the event's confidence with its reasons.
 */
class SourcesWebTest {
    /** Written on every run. */
    static final Path SCREENSHOT = Path.of("target", "screenshots", "sources-page.png");

    private static WebSession session;
    private static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        Browser.assumeInstalled();
        session = WebSession.start(DemoStore.fill(Files.createTempDirectory("sitrep-sources-web-")));
        browser = session.browser;
    }

    @AfterAll
    static void stop() throws IOException {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void theSourcesPageRanksAsTheStoreDoesWithAChartEach() throws IOException {
        List<SourceReliability> ranking = session.store.sources().ranking(null);
        assertTrue(ranking.size() > 3, ranking.toString());
        browser.open(session.url() + (session.url().endsWith("/") ? "" : "/") + "sources.html");
        browser.waitFor("the ranking", () -> browser.all("#sources tbody tr").size() == ranking.size());
        browser.waitFor("a chart per source", () -> browser.all("#sources svg.spark").size() == ranking.size());
        List<WebElement> rows = browser.all("#sources tbody tr");
        for (int i = 0; i < ranking.size(); i++) {
            assertEquals(ranking.get(i).name(), rows.get(i).getAttribute("data-source"));
        }
        assertTrue(rows.get(0).getText().contains(ranking.get(0).explanation()), rows.get(0).getText());
        browser.screenshot(SCREENSHOT);
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void theEventCardShowsEachClaimsSourceReliabilityAndTheConfidence() {
        Incident told = session.store.incidents().find(EventQuery.builder().build(), PageRequest.first(500)).items()
                .stream().map(i -> session.store.incidents().get(i.id()).orElseThrow())
                .filter(i -> i.claims().stream().anyMatch(c -> c.source() != null)).findFirst().orElseThrow();
        browser.open(session.url() + "#event=" + told.id());
        browser.waitFor("the card", () -> !browser.all("#event-card .claim .reliability").isEmpty());
        String claim = browser.find("#event-card .claim .reliability").getText();
        assertTrue(claim.matches(" ?· reliability 0\\.\\d\\d \\[0\\.\\d\\d–(0\\.\\d\\d|1\\.00)\\]"), claim);
        String confidence = browser.find("#event-card dd.confidence").getText();
        assertTrue(confidence.contains("extraction") && confidence.contains("independent source"), confidence);
    }
}
