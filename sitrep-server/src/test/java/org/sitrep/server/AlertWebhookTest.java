package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.json.SitrepJson;
import org.sitrep.model.Attribution;
import org.sitrep.server.alert.AlertOptions;
import org.sitrep.server.live.LiveOptions;
import org.sitrep.store.Store;
import org.sitrep.store.alert.AlertRule;
import org.sitrep.store.alert.Delivery;
import org.sitrep.store.user.Role;

/**
 * Alerts over a real server, H2 file and a webhook on 127.0.0.1: a watched place changing hands
 * after an ingest posts exactly one alert (retried after the webhook's failure), which a later
 * source's retelling does not repeat; the API manages a user's own watch list.
 */
class AlertWebhookTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final AlertOptions QUICK_RETRY = AlertOptions.DEFAULTS.withFirstRetry(Duration.ofMillis(200));

    @TempDir
    Path dataDir;

    private ServedStore served;
    private Webhook hook;

    @AfterEach
    void stop() {
        ServedStore.closeAll(served, hook);
    }

    private Store start(int failFirst) throws Exception {
        hook = new Webhook(failFirst);
        served = ServedStore.start(dataDir, LiveOptions.DEFAULTS, QUICK_RETRY);
        return served.store();
    }

    private static void waitFor(String what, BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + WAIT + ": " + what);
            }
            Thread.sleep(50);
        }
    }

    private static void storeReport(Store store, String id, String outlet, String sentence, String subType,
            org.sitrep.model.Location where, Attribution says) {
        store.reports().store(ApiFixtures.report(id, outlet, ApiFixtures.MARCH_1, sentence), List.of(
                ApiFixtures.event(ApiFixtures.MARCH_1, subType, ApiFixtures.ARMY, ApiFixtures.REBELS, where, 0, says,
                        sentence)));
    }

    @Test
    void aWatchedPlaceChangingHandsPostsOneAlertRetriedUntilDelivered() throws Exception {
        Store store = start(1);
        store.alerts().add(AlertRule.draft("cli", "Tall Thani", null, null, null, true, hook.url()));
        storeReport(store, "clash", "Outlet One", ApiFixtures.CLASH, "Armed clash", ApiFixtures.QARYAT_ULA, null);
        storeReport(store, "capture", "Outlet One", ApiFixtures.CAPTURE, "Government regains territory",
                ApiFixtures.TALL_THANI, null);

        waitFor("the alert is delivered", () -> hook.accepted().size() == 1);
        assertEquals(2, hook.received().size(), "the first post failed (500) and was retried: " + hook.received());
        Webhook.Received alert = hook.accepted().get(0);
        assertTrue(alert.contentType().startsWith("application/json"), alert.contentType());
        JsonNode json = SitrepJson.mapper().readTree(alert.body());
        JsonNode event = json.get("event");
        assertEquals("Government regains territory", event.get("sub_event_type").asText());
        assertEquals("Tall Thani", event.get("location").get("name").asText());
        assertEquals(List.of("Outlet One"), SitrepJson.mapper().convertValue(json.get("sources"), List.class));
        assertEquals(ApiFixtures.CAPTURE, json.get("evidence").get(0).get("sentence").asText());
        assertFalse(json.get("corroborated").asBoolean(), "one source so far");
        assertEquals(served.server().url() + "#event=" + event.get("id").asLong(), json.get("map_link").asText());
        assertTrue(json.get("alert").get("watches").asText().contains("Tall Thani"));

        // the hook answers before the deliverer records the answer: wait for the record, not only the post
        waitFor("the delivery is recorded", () -> !store.alerts().recent(null, 10).isEmpty()
                && Delivery.DELIVERED.equals(store.alerts().recent(null, 10).get(0).status()));
        Delivery delivery = store.alerts().recent(null, 10).get(0);
        assertEquals(Delivery.DELIVERED, delivery.status());
        assertEquals(2, delivery.attempts());
        assertEquals(1, store.alerts().recent(null, 10).size(), "the clash matched nothing");

        // a second source tells the same capture: the event changes, no second alert
        storeReport(store, "capture-retold", "Outlet Two", "Another outlet says the army took Tall Thani.",
                "Government regains territory", ApiFixtures.TALL_THANI, new Attribution("Outlet Two", "reported"));
        long head = store.changes().head();
        waitFor("the alerts matched the retelling", () -> store.alerts().cursor() >= head);
        Thread.sleep(500);
        assertEquals(1, hook.accepted().size(), "delivered once: " + hook.received());
        assertEquals(1, store.alerts().recent(null, 10).size());
    }

    @Test
    void signedInUsersKeepTheirOwnWatchListsThroughTheApi() throws Exception {
        Store store = start(0);
        String amira = store.users().add("amira", Role.VIEWER).token();
        String omar = store.users().add("omar", Role.ANALYST).token();
        Http api = new Http(served.server().url());
        assertEquals(401, api.post("/api/alerts", "application/json", "{}").status());
        Http.Answer added = api.withToken(amira).post("/api/alerts", "application/json",
                "{\"bbox\": \"36,35,37,36.5\", \"min_deaths\": 1, \"webhook\": \"" + hook.url() + "\"}");
        assertEquals(201, added.status(), added.text());
        long id = added.json().get("id").asLong();
        assertEquals("amira", added.json().get("owner").asText());
        assertEquals(1, added.json().get("min_deaths").asInt());

        Http.Answer refused = api.withToken(amira).post("/api/alerts", "application/json",
                "{\"webhook\": \"" + hook.url() + "\"}");
        assertEquals(400, refused.status());
        assertTrue(refused.json().get("detail").asText().contains("a place, an actor or a box"));
        assertEquals(400, api.withToken(amira).post("/api/alerts", "application/json",
                "{\"place\": \"X\", \"webhook\": \"file:///etc/passwd\"}").status());
        assertEquals(400, api.withToken(amira).post("/api/alerts", "application/json",
                "{\"place\": \"X\", \"webhook\": \"" + hook.url() + "\", \"colour\": \"red\"}").status());

        assertEquals(1, api.withToken(amira).get("/api/alerts").json().get("rules").size());
        assertEquals(0, api.withToken(omar).get("/api/alerts").json().get("rules").size(), "not omar's");
        assertEquals(404, api.withToken(omar).send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(served.server().url() + "api/alerts/" + id)).header("Authorization", "Bearer " + omar)
                .DELETE()).status());

        // an event in the box with a death posts amira's alert; the map's alert list shows it
        store.reports().store(ApiFixtures.report("strike", "Outlet One", ApiFixtures.MARCH_2, ApiFixtures.AIR_STRIKE),
                List.of(ApiFixtures.event(ApiFixtures.MARCH_2, "Air/drone strike", ApiFixtures.AIR_FORCE,
                        ApiFixtures.CIVILIANS, ApiFixtures.place("Tall Test", "Hama", 35.2, 36.5), 2, null,
                        ApiFixtures.AIR_STRIKE)));
        waitFor("amira's alert", () -> hook.accepted().size() == 1);
        waitFor("listed as delivered", () -> "delivered".equals(api.withToken(amira).get("/api/alerts").json()
                .get("recent").path(0).path("status").asText()));

        assertEquals(204, api.withToken(amira).send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(served.server().url() + "api/alerts/" + id)).header("Authorization", "Bearer " + amira)
                .DELETE()).status());
        assertEquals(0, api.withToken(amira).get("/api/alerts").json().get("rules").size());
    }
}
