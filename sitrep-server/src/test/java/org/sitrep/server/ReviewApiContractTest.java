package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.server.ApiContractTest.assertError;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.store.Store;
import org.sitrep.store.user.Role;

/** Review over HTTP, on H2 and PostgreSQL: who may, what it changes, and what it keeps. */
abstract class ReviewApiContractTest extends ServedFixturesTest {
    private Http analyst;
    private Http viewer;

    ReviewApiContractTest(Backend backend) {
        super(backend);
    }

    @Override
    protected ServerConfig config(Store store) {
        return ServerConfig.of(store, () -> r -> List.of());
    }

    @BeforeEach
    void users() {
        analyst = http.withToken(store.users().add("amira", Role.ANALYST).token());
        viewer = http.withToken(store.users().add("victor", Role.VIEWER).token());
    }

    private long idOf(String place) {
        for (JsonNode e : http.get("/api/events?size=100").json().get("items")) {
            if (place.equals(e.at("/location/name").asText())) {
                return e.get("id").asLong();
            }
        }
        throw new AssertionError("no event at " + place);
    }

    private Http.Answer review(Http as, long id, String body) {
        return as.post("/api/events/" + id + "/review", "application/json", body);
    }

    @Test
    void writesNeedATokenAndTheRightRole() {
        long id = idOf("Madina Thalitha");
        assertError(review(http, id, "{\"action\": \"confirm\"}"), 401, "unauthorized", "Authorization: Bearer");
        assertError(review(http.withToken("guess"), id, "{\"action\": \"confirm\"}"), 401, "unauthorized", "wrong token");
        assertError(review(viewer, id, "{\"action\": \"confirm\"}"), 403, "forbidden", "analyst");
        assertError(viewer.post("/api/reports?id=x", "text/plain", "text"), 403, "forbidden", "analyst");
        assertEquals("extracted", http.get("/api/events/" + id).json().get("status").asText(), "nothing changed");
        assertEquals(200, review(analyst, id, "{\"action\": \"confirm\"}").status());
    }

    @Test
    void aCorrectionChangesTheEventEverywhereAndTheHistoryShowsBothVersions() {
        long id = idOf("Madina Thalitha");
        Http.Answer a = review(analyst, id, """
                {"action": "correct", "reason": "the report says artillery",
                 "changes": {"sub_type": "Shelling/artillery/missile attack",
                             "place": {"name": "Tall Thani", "admin1": "Hama", "latitude": 35.3, "longitude": 36.9}}}""");
        assertEquals(200, a.status(), a.text());
        assertEquals("corrected", a.json().get("status").asText());
        assertEquals("amira", a.json().get("reviewer").asText());
        assertEquals(1, a.json().get("corrections").asInt());
        JsonNode e = http.get("/api/events/" + id).json();
        assertEquals("Shelling/artillery/missile attack", e.get("sub_event_type").asText());
        assertEquals("Tall Thani", e.at("/location/name").asText());

        // the list and its filters see the corrected event
        assertTrue(ids("/api/events?sub_type=Shelling/artillery/missile%20attack").contains(id));
        assertFalse(ids("/api/events?sub_type=Air/drone%20strike").contains(id));
        assertTrue(ids("/api/events?status=corrected").contains(id));
        assertEquals(List.of(id), ids("/api/events?reviewer=amira&corrected=true"));
        assertFalse(ids("/api/events?status=extracted").contains(id));

        JsonNode history = http.get("/api/events/" + id + "/history").json();
        JsonNode revisions = history.get("revisions");
        assertEquals(2, revisions.size());
        assertEquals("extracted", revisions.get(0).get("action").asText());
        assertEquals("Air/drone strike", revisions.get(0).at("/after/sub_type").asText());
        assertEquals("Madina Thalitha", revisions.get(0).at("/after/place/name").asText());
        assertFalse(revisions.get(0).get("extractor_version").isNull());
        assertEquals("correct", revisions.get(1).get("action").asText());
        assertEquals("Air/drone strike", revisions.get(1).at("/before/sub_type").asText());
        assertEquals("Tall Thani", revisions.get(1).at("/after/place/name").asText());
        assertEquals("the report says artillery", revisions.get(1).get("reason").asText());
        assertEquals("amira", revisions.get(1).get("author").asText());
    }

    @Test
    void badDecisionsAreRefusedWithAReason() {
        long id = idOf("Madina Thalitha");
        assertError(review(analyst, id, "not json"), 400, "bad_request", "JSON object");
        assertError(review(analyst, id, "{\"action\": \"approve\"}"), 400, "bad_request", "confirm, correct");
        assertError(review(analyst, id, "{\"action\": \"correct\", \"changes\": {\"sub_type\": \"Picnic\"}}"), 400,
                "bad_request", "unknown sub_type");
        assertError(review(analyst, id, "{\"action\": \"correct\", \"changes\": {\"fatalities\": 1.5}}"), 400,
                "bad_request", "whole number");
        assertError(review(analyst, id, "{\"action\": \"merge\"}"), 400, "bad_request", "'event'");
        assertError(review(analyst, 999_999, "{\"action\": \"confirm\"}"), 404, "not_found", "no event 999999");
        assertEquals("extracted", http.get("/api/events/" + id + "/history").json().get("status").asText());
    }

    @Test
    void rejectedEventsLeaveTheRecordAndAreListedAsDeleted() {
        Instant before = Instant.now().minusSeconds(1);
        long id = idOf("Nowhere Village");
        assertEquals(200, review(analyst, id, "{\"action\": \"reject\", \"reason\": \"a rumour\"}").status());
        assertFalse(ids("/api/events?size=100").contains(id));
        assertEquals(List.of(id), ids("/api/events?status=rejected"));
        JsonNode deleted = http.get("/api/events/deleted?since=" + before).json().get("deleted");
        assertEquals(id, deleted.get(0).get("event_id").asLong());
        assertEquals("rejected", deleted.get(0).get("reason").asText());
        assertTrue(ids("/api/events?updated_since=" + before + "&status=all").contains(id));
        assertError(http.get("/api/events/deleted"), 400, "bad_request", "'since' is required");
        assertFalse(http.get("/api/export?format=acled-csv").text().contains("Nowhere Village"));
        String changed = http.get("/api/export?format=acled-csv&status=all&updated_since=" + before).text();
        assertTrue(changed.contains("Nowhere Village") && changed.contains(",rejected,amira,0"), changed);
        assertEquals(1, http.get("/api/export?format=acled-csv&status=all&updated_since=" + Instant.now().plusSeconds(60))
                .text().strip().split("\n").length, "only the header: nothing changed since");
    }

    @Test
    void mergeAndSplitAreActions() {
        long clash = idOf("Qaryat Ula");
        long strike = idOf("Madina Thalitha");
        Http.Answer merged = review(analyst, clash, "{\"action\": \"merge\", \"event\": " + strike + "}");
        assertEquals(200, merged.status(), merged.text());
        assertEquals(3, merged.json().get("claims").size());
        assertError(http.get("/api/events/" + strike), 404, "not_found", "merged into event " + clash);
        assertEquals("merged", http.get("/api/events/" + strike + "/history").json().get("status").asText());

        long moved = 0;
        for (JsonNode c : merged.json().get("claims")) {
            if (c.get("sub_event_type").asText().equals("Air/drone strike")) {
                moved = c.get("event_id").asLong();
            }
        }
        Http.Answer split = review(analyst, clash, "{\"action\": \"split\", \"claim\": " + moved + "}");
        assertEquals(201, split.status(), split.text());
        assertEquals(1, split.json().get("claims").size());
        assertEquals(2, http.get("/api/events/" + clash).json().get("claims").size());
    }

    @Test
    void theQueuePutsWhatMostNeedsAPersonFirst() {
        JsonNode items = http.get("/api/review/queue?size=10").json().get("items");
        assertEquals(ApiFixtures.INCIDENTS, items.size());
        // the clash whose sources give 5 and 8 dead comes before the quiet protest
        List<String> order = new ArrayList<>();
        items.forEach(i -> order.add(i.at("/event/location/name").asText()));
        assertTrue(order.indexOf("Qaryat Ula") < order.indexOf("Nowhere Village"), order.toString());
        assertTrue(items.get(0).get("reasons").size() > 0);
        long first = items.get(0).at("/event/id").asLong();
        review(analyst, first, "{\"action\": \"confirm\"}");
        assertEquals(ApiFixtures.INCIDENTS - 1, http.get("/api/review/queue").json().get("total").asInt(),
                "a reviewed event leaves the queue");
    }

    @Test
    void reviewersFindPlacesInTheGazetteer() {
        Http.Answer a = http.get("/api/gazetteer?q=Aleppo&size=3");
        assertEquals(200, a.status(), a.text());
        JsonNode first = a.json().get("places").get(0);
        assertEquals("Aleppo", first.get("name").asText());
        assertEquals(36.2, first.get("latitude").asDouble(), 0.2);
        assertTrue(a.json().get("places").size() <= 3);
        assertError(http.get("/api/gazetteer"), 400, "bad_request", "'q' is required");
    }

    private List<Long> ids(String path) {
        Http.Answer a = http.get(path);
        assertEquals(200, a.status(), a.text());
        List<Long> out = new ArrayList<>();
        a.json().get("items").forEach(e -> out.add(e.get("id").asLong()));
        return out;
    }
}
