package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.server.ApiContractTest.assertError;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Store;

/** {@code /api/sources/reliability} and {@code /api/sources/{name}} on the API fixtures. */
class SourcesApiTest {
    @TempDir
    Path dataDir;

    private Store store;
    private SitrepServer server;
    private Http http;

    @BeforeEach
    void start() {
        store = Store.openDataDir(dataDir);
        ApiFixtures.load(store);
        server = new SitrepServer(ServerConfig.of(store, () -> r -> List.of())).start(0);
        http = new Http(server.url());
    }

    @AfterEach
    void stop() {
        server.stop();
        store.close();
    }

    @Test
    void theRankingPutsTheCorroboratedClashAboveTheReversedCapture() {
        Http.Answer a = http.get("/api/sources/reliability");
        assertEquals(200, a.status(), a.text());
        JsonNode body = a.json();
        assertEquals("all", body.get("period").asText());
        assertEquals("2024-03", body.get("periods").get(0).asText());
        List<String> names = new ArrayList<>();
        body.get("sources").forEach(s -> names.add(s.get("name").asText()));
        // Outlet One's clash is corroborated by the rebel sources, but its capture of Tall Thani was undone in 8 days
        JsonNode rebels = body.get("sources").get(names.indexOf("rebel sources"));
        assertEquals(1, rebels.get("corroborated").asInt());
        JsonNode one = body.get("sources").get(names.indexOf("Outlet One"));
        assertEquals(1, one.get("reversed").asInt(), one.toString());
        assertTrue(one.get("explanation").asText().contains("1 change of control it claimed reversed within 14 days"));
        assertTrue(rebels.get("reliability").get("mean").asDouble() > one.get("reliability").get("mean").asDouble());
        assertTrue(names.indexOf("rebel sources") < names.indexOf("Outlet One"), names.toString());
    }

    @Test
    void oneSourceMonthByMonth() {
        JsonNode body = http.get("/api/sources/Outlet%20One?period=2024-03").json();
        assertEquals("Outlet One", body.get("source").get("name").asText());
        assertEquals(1, body.get("months").size());
        assertEquals("2024-03", body.get("months").get(0).get("period").asText());
        assertEquals(0, http.get("/api/sources/Outlet%20One?period=2023-01").json().get("months").size());
    }

    @Test
    void anEventsConfidenceWeighsItsSourcesAndTheirIndependence() {
        long clash = firstEventAt("Qaryat Ula", "Armed clash");
        JsonNode event = http.get("/api/events/" + clash).json();
        double extraction = event.get("extraction_confidence").asDouble();
        JsonNode belief = event.get("source_belief");
        assertEquals(2, belief.get("independent_sources").asInt(), belief.toString());
        // independent witnesses multiply the odds: Outlet One (1 corroborated, half a reversal: 2 to 1.5) and
        // the rebel sources (1 corroborated: 2 to 1) give 8 to 3
        assertEquals(8.0 / 11, belief.get("probability").asDouble(), 0.001, belief.toString());
        assertEquals(extraction * belief.get("probability").asDouble(), event.get("confidence").asDouble(), 0.001);
        assertTrue(belief.get("explanation").asText().startsWith("2 independent sources tell it"), belief.toString());
        assertEquals(2, belief.get("sources").size());
    }

    @Test
    void aContestedPeriodSaysWhichClaimTheEvidenceFavoursAndKeepsTheOther() {
        // a rival claim on the day Outlet One gives Tall Thani to the army: the rebels held it, one source says
        store.reports().store(ApiFixtures.report("rival", "Outlet Four", ApiFixtures.MARCH_2, "Rival claim."),
                List.of(ApiFixtures.event(ApiFixtures.MARCH_1, "Non-state actor overtakes territory",
                        ApiFixtures.REBELS, ApiFixtures.ARMY, ApiFixtures.TALL_THANI, 0, null, "Rival claim.")));
        String placeId = http.get("/api/places").json().get("items").get(0).get("place").get("id").asText();
        JsonNode place = http.get("/api/places/" + java.net.URLEncoder.encode(placeId,
                java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")).json();
        JsonNode period = place.get("contested").get(0);
        assertEquals(2, period.get("evidence").size(), period.toString());
        JsonNode favoured = period.get("favoured");
        assertEquals(period.get("evidence").get(0).get("incident_id").asLong(), favoured.get("incident_id").asLong());
        assertTrue(favoured.get("by").asDouble() >= 0, period.toString());
    }

    private long firstEventAt(String place, String subType) {
        for (JsonNode e : http.get("/api/events?size=50").json().get("items")) {
            if (e.get("location").get("name").asText().equals(place) && e.get("sub_event_type").asText().equals(subType)) {
                return e.get("id").asLong();
            }
        }
        throw new AssertionError("no " + subType + " at " + place);
    }

    @Test
    void badRequestsAreNamed() {
        assertError(http.get("/api/sources/Nobody%20Gazette"), 404, "not_found", "no claims from a source named");
        assertError(http.get("/api/sources/reliability?period=March"), 400, "bad_request", "period 'March'");
        assertError(http.get("/api/sources/reliability?month=2024-03"), 400, "bad_request", "month");
    }
}
