package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.server.ApiFixtures.AIR_STRIKE;
import static org.sitrep.server.ApiFixtures.CLASH;
import static org.sitrep.server.ApiFixtures.CLASH_CLAIM;
import static org.sitrep.server.ApiFixtures.INCIDENTS;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.Extractor;
import org.sitrep.model.Report;
import org.sitrep.store.Store;

/**
 * The API on a real server on a loopback port, over a store loaded with {@link ApiFixtures}: the
 * same tests run on H2 ({@link H2ApiTest}) and PostgreSQL ({@link PostgresApiTest}).
 */
abstract class ApiContractTest extends ServedFixturesTest {
    static final String TOKEN = "test-write-token";

    protected ApiContractTest(Backend backend) {
        super(backend);
    }

    @Override
    protected ServerConfig config(Store store) {
        return ServerConfig.of(store, () -> CAPTURES).withTokens(TOKEN, null).withMaxBodyBytes(64 * 1024);
    }

    /**
     * Reads, from a posted report, one capture of Tall Thani by the army on the report's date, told
     * by its first sentence: enough to see posted reports reach the events and the control map.
     */
    static final Extractor CAPTURES = (Report r) -> {
        String first = r.body().split("(?<=\\.)\\s", 2)[0];
        return List.of(ApiFixtures.event(r.referenceDate(), "Government regains territory", ApiFixtures.ARMY,
                ApiFixtures.REBELS, ApiFixtures.TALL_THANI, 0, null, first));
    };

    /** A query or path parameter, percent-encoded (a space as %20, as in a path). */
    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private long total(String query) {
        Http.Answer a = http.get("/api/events?" + query);
        assertEquals(200, a.status(), a.text());
        return a.json().get("total").asLong();
    }

    // --- /api/events ---

    @Test
    void eventsAreMergedSortedByDateUndatedLastAndPaged() {
        JsonNode page = http.get("/api/events?size=4").json();
        assertEquals(INCIDENTS, page.get("total").asInt());
        assertEquals(4, page.get("items").size());
        assertEquals(1, page.get("page").asInt());
        assertEquals(2, page.get("pages").asInt());
        JsonNode last = http.get("/api/events?size=4&page=2").json();
        assertEquals(2, last.get("items").size());
        assertTrue(last.get("items").get(1).get("date").isNull(), "the undated event comes last");
        List<String> dates = new ArrayList<>();
        page.get("items").forEach(i -> dates.add(i.get("date").asText()));
        last.get("items").forEach(i -> {
            if (!i.get("date").isNull()) {
                dates.add(i.get("date").asText());
            }
        });
        assertEquals(dates.stream().sorted().toList(), dates, "sorted by date");
        assertEquals(0, http.get("/api/events?size=4&page=3").json().get("items").size());
    }

    @Test
    void eachFilterNarrowsTheEvents() {
        assertEquals(3, total("type=Battles"));
        assertEquals(3, total("type=battles"), "types are matched without case");
        assertEquals(1, total("sub_type=" + q("Air/drone strike")));
        assertEquals(2, total("from=2024-03-02&to=2024-03-09"));
        assertEquals(3, total("actor=" + q("Rebel Front")));
        assertEquals(1, total("side=protesters"));
        assertEquals(2, total("place=" + q("Tall Thani")));
        assertEquals(2, total("admin1=Idlib"), "the clash and the undated arrest");
        assertEquals(2, total("governorate=Idlib"));
        assertEquals(2, total("bbox=" + q("36.5,35.8,36.7,36.0")));
        assertEquals(2, total("source=" + q("Outlet Two")), "by the outlet that published the report");
        assertEquals(1, total("source=" + q("pro-rebel media")), "by the source an account cites");
        assertEquals(1, total("text=" + q("air strike")));
        assertEquals(2, total("report=2024-03-02_south"));
        assertEquals(1, total("type=Battles&place=" + q("Tall Thani") + "&from=2024-03-05"));
    }

    @Test
    void filtersWrittenAsPeopleWriteThemMatchOrSayWhy() {
        assertEquals(total("actor=" + q("Syrian Arab Army")), total("actor=SAA"), "an actor's alias is the actor");
        assertEquals(total("actor=" + q("Syrian Arab Army")), total("actor=" + q("regime forces")));
        assertEquals(ApiFixtures.INCIDENTS, total("country=SY"), "an ISO code is its country: every event is in Syria");
        assertEquals(total("country=Syria"), total("country=SY"));
        assertEquals(total("country=Syria"), total("country=SYR"));
        assertEquals(2, total("admin1=Idleb"), "another spelling of a governorate is the governorate");
        assertEquals(2, total("governorate=Edlib"));
        assertEquals(total("side=government"), total("side=gov"), "a prefix only one side has");
        assertEquals(2, total("admin2=" + q("jabal ula")), "a district in any case");
        assertEquals(2, total("admin2=" + q("the sub-district of Jabal Ula")), "with the words around its name");
        assertEquals(2, total("admin2=" + q("Thani Valley District")));
        assertEquals(0, total("admin2=" + q("Thani Valley") + "&admin1=Idlib"), "with a governorate, both must match");
        assertError(http.get("/api/events?admin2=Atlantis"), 400, "bad_request", "'admin2' is not a district events have");
        assertTrue(http.get("/api/clusters?bbox=" + q("30,30,40,40") + "&zoom=6&admin2=Idlib").json().get("detail")
                .asText().endsWith("(known: Jabal Ula, Thani Valley)"), "a governorate is no district; the known ones");
        assertError(http.get("/api/analysis?admin2=Atlantis"), 400, "bad_request", "'admin2'");
        assertEquals(http.get("/api/export?format=geojson&admin1=Idlib").json().get("features").size(),
                http.get("/api/export?format=geojson&admin2=" + q("Jabal Ula District")).json().get("features").size(),
                "the export takes the district too");
        assertError(http.get("/api/events?side=regime"), 400, "bad_request", "'side' is not a side events have");
        assertTrue(http.get("/api/events?side=regime").json().get("detail").asText().contains("government, "),
                "the known sides are listed");
        assertError(http.get("/api/events?country=Atlantis"), 400, "bad_request", "'country' is an ISO code");
        assertError(http.get("/api/events?admin1=Atlantis"), 400, "bad_request", "'admin1' is not a governorate events have");
        assertTrue(http.get("/api/analysis?governorate=Atlantis").json().get("detail").asText().contains("Idlib"),
                "the known governorates are listed");
        assertError(http.get("/api/clusters?bbox=" + q("30,30,40,40") + "&zoom=6&side=regime"), 400, "bad_request",
                "'side'");
        assertError(http.get("/api/export?format=geojson&country=Atlantis"), 400, "bad_request", "'country'");
    }

    @Test
    void eventsListShowsWhoSaysSo() {
        JsonNode clash = http.get("/api/events?sub_type=" + q("Armed clash")).json().get("items").get(0);
        assertEquals(2, clash.get("claim_count").asInt());
        assertEquals(2, clash.get("corroboration").asInt());
        assertEquals(5, clash.get("fatalities").get("low").asInt());
        assertEquals(8, clash.get("fatalities").get("high").asInt());
        assertTrue(clash.get("fatalities").get("conflicting").asBoolean());
        assertEquals("name:qaryat ula|idlib", clash.get("place_id").asText());
        assertFalse(clash.has("claims"), "claims only in the detail");
    }

    @Test
    void eventDetailHasEverySourceAndEvidenceSentence() {
        long id = http.get("/api/events?sub_type=" + q("Armed clash")).json().get("items").get(0).get("id").asLong();
        JsonNode event = http.get("/api/events/" + id).json();
        JsonNode claims = event.get("claims");
        assertEquals(2, claims.size());
        Set<String> sentences = new HashSet<>();
        Set<String> sources = new HashSet<>();
        claims.forEach(c -> {
            sentences.add(c.get("evidence").get("text").asText());
            sources.add(c.get("source").asText() + "/" + c.get("modality").asText());
            assertNotNull(c.get("report_id").asText());
        });
        assertEquals(Set.of(CLASH, CLASH_CLAIM), sentences);
        assertEquals(Set.of("Outlet One/asserted", "rebel sources/claimed"), sources);
    }

    @Test
    void eventsAsGeoJsonSkipUnplacedEvents() {
        Http.Answer a = http.get("/api/events?format=geojson&from=2024-03-10");
        assertEquals(200, a.status());
        assertTrue(a.contentType().startsWith("application/geo+json"), a.contentType());
        JsonNode fc = a.json();
        assertEquals("FeatureCollection", fc.get("type").asText());
        assertEquals(1, fc.get("total").asInt());
        assertEquals(1, fc.get("unplaced").asInt());
        assertEquals(0, fc.get("features").size());
        JsonNode strike = http.get("/api/events?format=geojson&text=" + q("air strike")).json().get("features").get(0);
        assertEquals("Point", strike.get("geometry").get("type").asText());
        assertEquals(36.1, strike.get("geometry").get("coordinates").get(0).asDouble(), 1e-9, "longitude first");
        assertEquals(32.6, strike.get("geometry").get("coordinates").get(1).asDouble(), 1e-9);
        assertEquals(AIR_STRIKE, strike.get("properties").get("evidence").asText());
    }

    // --- bad requests ---

    @Test
    void badParametersAre400WithAReason() {
        assertBad("/api/events?from=2024-13-01", "'from' must be a date");
        assertBad("/api/events?to=yesterday", "'to' must be a date");
        assertBad("/api/events?from=2024-03-05&to=2024-03-01", "before");
        assertBad("/api/events?type=Battle", "unknown event type 'Battle'");
        assertBad("/api/events?sub_type=Skirmish", "unknown sub-event type");
        assertBad("/api/events?type=Protests&sub_type=" + q("Armed clash"), "belongs to 'Battles'");
        assertBad("/api/events?bbox=1,2,3", "four numbers");
        assertBad("/api/events?bbox=1,2,x,4", "four numbers");
        assertBad("/api/events?bbox=10,50,5,60", "west");
        assertBad("/api/events?bbox=0,0,200,10", "outside");
        assertBad("/api/events?size=0", "'size'");
        assertBad("/api/events?size=501", "'size'");
        assertBad("/api/events?page=0", "'page'");
        assertBad("/api/events?page=x", "whole number");
        assertBad("/api/events?tpye=Battles", "unknown parameter 'tpye'");
        assertBad("/api/events?type=Battles&type=Riots", "more than once");
        assertBad("/api/events?format=csv", "'format'");
        assertBad("/api/events/abc", "positive whole number");
        assertBad("/api/control", "'date' is required");
        assertBad("/api/control?date=2024-02-30", "'date' must be a date");
        assertBad("/api/reports?size=9999", "'size'");
    }

    @Test
    void sqlInANameFilterIsRefusedAndInTextIsALiteral() {
        assertBad("/api/events?actor=" + q("'; DROP TABLE event; --"), "';'");
        assertBad("/api/events?place=" + q("x' OR '1'='1"), "'='");
        assertBad("/api/events?source=" + q("a\u0000b"), "U+0000");
        assertEquals(0, total("text=" + q("'; DROP TABLE event; --")));
        assertEquals(0, total("text=" + q("100% sure_thing")), "LIKE wildcards are literals too");
        assertBad("/api/events?text=" + q("%"), "no letter or digit");
        assertEquals(0, total("report=" + q("x' OR '1'='1")));
        assertEquals(INCIDENTS, total("size=1"), "nothing was dropped");
    }

    @Test
    void unknownThingsAre404() {
        assertError(http.get("/api/events/999999"), 404, "not_found", "no event 999999");
        assertError(http.get("/api/reports/no-such-report"), 404, "not_found", "no report");
        assertError(http.get("/api/places/" + q("name:nowhere|")), 404, "not_found", "no place");
        assertError(http.get("/api/nothing-here"), 404, "not_found", "nothing at GET /api/nothing-here");
        assertError(http.get("/no-such-file.js"), 404, "not_found", "nothing at");
    }

    @Test
    void aWrongMethodIs405() {
        assertError(http.send(http.request("/api/events").DELETE()), 405, "method_not_allowed", "DELETE");
    }

    @Test
    void anUnexpectedFailureIs500WithoutItsCause() throws Exception {
        server.stop();
        Extractor broken = r -> {
            throw new IllegalStateException("secret detail of the failure");
        };
        server = new SitrepServer(ServerConfig.of(store, () -> broken).withTokens(TOKEN, null)).start(0);
        Http.Answer a = new Http(server.url()).withToken(TOKEN).post("/api/reports?id=boom", "text/plain",
                "On March 3 the army captured Tall Thani.");
        assertError(a, 500, "internal_error", "internal error");
        assertFalse(a.text().contains("secret"), a.text());
    }

    // --- reports ---

    @Test
    void reportsAreListedByDateUndatedLast() {
        JsonNode page = http.get("/api/reports").json();
        assertEquals(4, page.get("total").asInt());
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(r -> ids.add(r.get("id").asText()));
        assertEquals(List.of("2024-03-01_north", "2024-03-02_south", "2024-03-10_east", "undated_note"), ids);
        assertEquals(2, page.get("items").get(0).get("event_count").asInt());
    }

    @Test
    void reportDetailHasBodyAndTheSpansOfItsEvents() {
        JsonNode r = http.get("/api/reports/2024-03-02_south").json();
        assertEquals("Outlet Two", r.get("outlet").asText());
        assertEquals(LocalDate.of(2024, 3, 2).toString(), r.get("published").asText());
        String body = r.get("body").asText();
        assertEquals(2, r.get("events").size());
        for (JsonNode e : r.get("events")) {
            String sentence = e.get("evidence").get("text").asText();
            assertEquals(sentence, body.substring(e.get("body_start").asInt(), e.get("body_end").asInt()));
            assertTrue(e.get("incident_id").asLong() > 0);
        }
        assertEquals(AIR_STRIKE, r.get("events").get(1).get("evidence").get("text").asText(), "in text order");
    }

    // --- places and control ---

    @Test
    void placeTimelineShowsEachChangeOnWhoseWord() {
        JsonNode places = http.get("/api/places").json();
        assertEquals(1, places.get("total").asInt());
        JsonNode summary = places.get("items").get(0);
        assertEquals("Tall Thani", summary.get("place").get("name").asText());
        assertEquals("opposition", summary.get("latest_side").asText());
        String id = summary.get("place").get("id").asText();
        JsonNode place = http.get("/api/places/" + q(id)).json();
        assertEquals("Hama", place.get("place").get("admin1").asText());
        JsonNode changes = place.get("changes");
        assertEquals(2, changes.size());
        assertEquals("government", changes.get(0).get("side").asText());
        assertEquals("2024-03-01", changes.get(0).get("date").asText());
        assertEquals("opposition", changes.get(1).get("side").asText());
        assertEquals("pro-rebel media", changes.get(1).get("sources").get(0).asText());
        assertEquals(ApiFixtures.RETAKEN, changes.get(1).get("claims").get(0).get("evidence").get("text").asText());
    }

    @Test
    void aPlaceWhoseControlNeverChangedHasAnEmptyTimeline() {
        JsonNode place = http.get("/api/places/" + q("name:qaryat ula|idlib")).json();
        assertEquals("Qaryat Ula", place.get("place").get("name").asText());
        assertEquals(0, place.get("changes").size());
    }

    @Test
    void analysisCountsTheSelectedEventsAndTheirChangesOfControlPerPeriod() {
        JsonNode all = http.get("/api/analysis").json();
        assertEquals("month", all.get("interval").asText());
        assertEquals(5, all.get("events").asInt(), "the dated incidents: " + all);
        assertEquals(1, all.get("undated").asInt(), "the arrest of unknown date is on no month");
        assertEquals(7, all.get("fatalities").asInt(), "5 in the clash (the conservative figure) and 2 in the strike");
        long typed = 0;
        for (JsonNode line : all.get("by_type")) {
            typed += line.get("events").asLong();
        }
        assertEquals(5, typed);
        JsonNode march = all.get("control_changes").get(0);
        assertEquals("2024-03-01", march.get("period").asText());
        assertEquals(2, march.get("changes").asInt());
        assertEquals(1, march.get("by_side").get("government").asInt());
        assertEquals(1, march.get("by_side").get("opposition").asInt());

        JsonNode days = http.get("/api/analysis?interval=day").json().get("control_changes");
        assertEquals("2024-03-01", days.get(0).get("period").asText());
        assertEquals("2024-03-09", days.get(1).get("period").asText());

        JsonNode hama = http.get("/api/analysis?admin1=Hama&from=2024-03-05").json();
        assertEquals(1, hama.get("events").asInt(), "the retaking only: " + hama);
        assertEquals("Hama", hama.get("by_admin1").get(0).get("key").asText());
        assertEquals("opposition", hama.get("by_side").get(0).get("key").asText());
        assertEquals(1, hama.get("control_changes").get(0).get("changes").asInt());
        assertBad("/api/analysis?interval=year", "'interval' must be one of [day, week, month]");
        assertBad("/api/analysis?side=martians", "martians");
    }

    @Test
    void controlAreasShadeTheHoldersGroundAndFollowTheDay() {
        assertEquals(0, http.get("/api/control/areas?date=2024-02-01").json().get("features").size(),
                "before any change of control nobody is known to hold anything");
        Http.Answer a = http.get("/api/control/areas?date=2024-03-05");
        assertEquals(200, a.status(), a.text());
        assertTrue(a.contentType().startsWith("application/geo+json"), a.contentType());
        JsonNode area = a.json().get("features").get(0);
        assertEquals("area", area.get("properties").get("kind").asText());
        assertEquals("government", area.get("properties").get("side").asText());
        assertEquals("2024-03-01", a.json().get("state_of").asText());
        JsonNode ring = area.get("geometry").get("coordinates").get(0).get(0);
        double west = 180;
        double east = -180;
        for (JsonNode p : ring) {
            west = Math.min(west, p.get(0).asDouble());
            east = Math.max(east, p.get(0).asDouble());
        }
        assertTrue(west < 36.9 && east > 36.9 && east - west < 0.6, "around Tall Thani, within 25 km: " + ring);
        assertEquals("opposition", http.get("/api/control/areas?date=2024-03-10").json().get("features").get(0)
                .get("properties").get("side").asText());
        assertEquals(0, http.get("/api/control/areas?date=2024-03-10&bbox=40,30,41,31").json().get("features")
                .size(), "a region without the place");
        assertBad("/api/control/areas", "'date' is required");
        assertBad("/api/control/areas?date=2024-03-10&bbox=1,2", "'bbox'");
    }

    @Test
    void controlMapGivesEachPlacesSideOnTheDate() {
        assertEquals(0, http.get("/api/control?date=2024-02-01").json().get("features").size());
        Http.Answer a = http.get("/api/control?date=2024-03-05");
        assertEquals(200, a.status());
        assertTrue(a.contentType().startsWith("application/geo+json"), a.contentType());
        JsonNode fc = a.json();
        assertEquals("FeatureCollection", fc.get("type").asText());
        assertEquals("2024-03-05", fc.get("date").asText());
        JsonNode f = fc.get("features").get(0);
        assertEquals("government", f.get("properties").get("side").asText());
        assertEquals("2024-03-01", f.get("properties").get("since").asText());
        assertEquals(36.9, f.get("geometry").get("coordinates").get(0).asDouble(), 1e-9);
        assertEquals("opposition", http.get("/api/control?date=2024-03-10").json().get("features").get(0)
                .get("properties").get("side").asText());
    }

    // --- actors ---

    @Test
    void actorsHaveSidesAndCounts() {
        JsonNode a = http.get("/api/actors").json();
        JsonNode rebels = null;
        for (JsonNode x : a.get("actors")) {
            if (x.get("name").asText().equals("Rebel Front")) {
                rebels = x;
            }
        }
        assertNotNull(rebels, a.toString());
        assertEquals("opposition", rebels.get("side").asText());
        assertEquals(4, rebels.get("events").asInt(), "two clash accounts, two changes of control");
        Set<String> sides = new HashSet<>();
        a.get("sides").forEach(s -> sides.add(s.get("side").asText()));
        assertTrue(sides.containsAll(Set.of("government", "opposition", "civilians", "protesters")), sides.toString());
        assertTrue(a.get("dictionary").size() > 10, "the bundled dictionary");
    }

    // --- posting reports ---

    @Test
    void postedTextIsStoredAndReachesEventsAndTheControlMap() {
        Http writer = http.withToken(TOKEN);
        assertEquals("opposition", sideOfTallThani("2024-03-21"));
        Http.Answer a = writer.post("/api/reports?id=posted-1&date=2024-03-20", "text/plain; charset=utf-8",
                "The army captured Tall Thani again on Wednesday.\n\nFighting went on nearby.");
        assertEquals(201, a.status(), a.text());
        JsonNode stored = a.json().get("stored").get(0);
        assertEquals("posted-1", stored.get("id").asText());
        assertEquals("new", stored.get("outcome").asText());
        assertEquals(1, stored.get("events").asInt());
        assertEquals("/api/reports/posted-1", stored.get("href").asText());
        assertEquals(200, http.get("/api/reports/posted-1").status());
        assertEquals("government", sideOfTallThani("2024-03-21"), "the cached map follows the store");
        Http.Answer again = writer.post("/api/reports?id=posted-1&date=2024-03-20", "text/plain",
                "The army captured Tall Thani again on Wednesday.\n\nFighting went on nearby.");
        assertEquals(200, again.status(), again.text());
        assertEquals("unchanged", again.json().get("stored").get(0).get("outcome").asText());
    }

    private String sideOfTallThani(String date) {
        return http.get("/api/control?date=" + date).json().get("features").get(0).get("properties").get("side")
                .asText();
    }

    @Test
    void postedJsonReportsCarryTheirOwnIds() {
        Http.Answer a = http.withToken(TOKEN).post("/api/reports", "application/json",
                "[{\"id\": \"json-1\", \"date\": \"2024-04-01\", \"title\": \"One\", \"text\": \"The army captured"
                        + " Tall Thani.\"}, {\"id\": \"json-2\", \"text\": \"\"}]");
        assertEquals(201, a.status(), a.text());
        assertEquals("json-1", a.json().get("stored").get(0).get("id").asText());
        assertEquals(1, a.json().get("failed").size(), "the report without text");
        assertTrue(a.json().get("failed").get(0).get("problem").asText().contains("text"));
        assertFalse(a.text().contains("/tmp"), "the temporary file is not named: " + a.text());
        assertEquals("One", http.get("/api/reports/json-1").json().get("title").asText());
    }

    /** Issue 18: an over-long field was a 500 and the batch stopped there, the items after it unstored. */
    @Test
    void aBatchAnswersEachItemWithItsOwnStatus() {
        String longTitle = "T".repeat(2100);
        String longId = "i".repeat(600);
        Http.Answer a = http.withToken(TOKEN).post("/api/reports", "application/x-ndjson",
                "{\"id\": \"batch-1\", \"date\": \"2024-04-02\", \"title\": \"" + longTitle + "\", "
                        + "\"text\": \"The army shelled Tall Thani.\"}\n"
                        + "{\"id\": \"" + longId + "\", \"date\": \"2024-04-02\", \"text\": \"The army shelled Tall Thani again.\"}\n"
                        + "{\"id\": \"batch-3\", \"date\": \"2024-04-02\", \"source\": \"Nul\\u0000 Outlet\", "
                        + "\"text\": \"Rebels shelled Tall Thani at\\u0000 dawn.\"}\n");
        assertEquals(201, a.status(), a.text());
        JsonNode stored = a.json().get("stored");
        assertEquals(2, stored.size(), a.text());
        assertEquals("batch-1", stored.get(0).get("id").asText());
        assertEquals(201, stored.get(0).get("status").asInt());
        assertTrue(stored.get(0).get("warnings").toString().contains("title of 2100 characters clipped to 2000"),
                a.text());
        assertEquals("batch-3", stored.get(1).get("id").asText());
        JsonNode failed = a.json().get("failed");
        assertEquals(1, failed.size(), a.text());
        assertEquals(400, failed.get(0).get("status").asInt());
        assertTrue(failed.get(0).get("problem").asText().startsWith("refused: id of 600 characters"), a.text());
        assertEquals(2000, http.get("/api/reports/batch-1").json().get("title").asText().length());
        JsonNode third = http.get("/api/reports/batch-3").json();
        assertEquals("Nul Outlet", third.get("source").asText());
        assertFalse(third.get("body").asText().contains("\u0000"), third.toString());
    }

    @Test
    void badPostsAreRefusedWithAReason() {
        Http writer = http.withToken(TOKEN);
        assertError(writer.post("/api/reports", "application/json", "{not json"), 400, "bad_request", "not JSON");
        assertError(writer.post("/api/reports", "application/json", "{\"id\": \"x\"}"), 400, "bad_request", "text");
        assertError(writer.post("/api/reports?id=../../etc/passwd", "text/plain", "The army captured Tall Thani."),
                400, "bad_request", "'id'");
        assertError(writer.post("/api/reports", "text/plain", ""), 400, "bad_request", "empty");
        assertError(writer.post("/api/reports", "image/png", "x"), 415, "unsupported_media_type", "image/png");
        assertError(writer.post("/api/reports", "text/plain", new byte[70 * 1024]), 413, "payload_too_large",
                "larger than");
    }

    @Test
    void postingNeedsTheToken() {
        assertError(http.post("/api/reports", "text/plain", "x"), 401, "unauthorized", "Authorization: Bearer");
        assertError(http.withToken("wrong").post("/api/reports", "text/plain", "x"), 401, "unauthorized", "wrong token");
    }

    // --- the rest ---

    @Test
    void theOpenApiDescriptionIsServed() {
        Http.Answer a = http.get("/api/openapi.json");
        assertEquals(200, a.status());
        assertTrue(a.contentType().startsWith("application/json"));
        assertEquals("3.0.3", a.json().get("openapi").asText());
    }

    @Test
    void theWebPageIsServedAtTheRoot() {
        Http.Answer a = http.get("/");
        assertEquals(200, a.status());
        assertTrue(a.contentType().startsWith("text/html"), a.contentType());
        assertTrue(a.text().toLowerCase(java.util.Locale.ROOT).contains("<html"), a.text());
    }

    @Test
    void concurrentIngestAndReadsFinish() throws Exception {
        Http writer = http.withToken(TOKEN);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> work = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                int writerNo = w;
                work.add(pool.submit(() -> {
                    int created = 0;
                    for (int i = 0; i < 5; i++) {
                        Http.Answer a = writer.post("/api/reports?id=c-" + writerNo + "-" + i + "&date=2024-05-0"
                                + (i + 1), "text/plain", "The army captured Tall Thani, writer " + writerNo + ", report "
                                + i + ".");
                        created += a.status() == 201 ? 1 : 0;
                    }
                    return created;
                }));
            }
            for (int r = 0; r < 5; r++) {
                work.add(pool.submit(() -> {
                    int ok = 0;
                    for (int i = 0; i < 10; i++) {
                        ok += http.get("/api/events?type=Battles&size=5").status() == 200 ? 1 : 0;
                        ok += http.get("/api/control?date=2024-05-0" + (i % 5 + 1)).status() == 200 ? 1 : 0;
                    }
                    return ok;
                }));
            }
            int done = 0;
            for (Future<Integer> f : work) {
                // a deadlock would hang here: the bound only turns it into a failure
                done += f.get(120, TimeUnit.SECONDS);
            }
            assertEquals(3 * 5 + 5 * 20, done);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(4 + 15, http.get("/api/reports?size=1").json().get("total").asInt());
        assertEquals(INCIDENTS + 5, total("size=1"), "the captures of one day merge into one event");
    }

    // --- helpers ---

    private void assertBad(String path, String detailPart) {
        assertError(http.get(path), 400, "bad_request", detailPart);
    }

    /** An error answer: the status, exactly {error, detail}, a detail saying why, no stack trace. */
    static void assertError(Http.Answer a, int status, String error, String detailPart) {
        assertEquals(status, a.status(), a.text());
        assertTrue(a.contentType().startsWith("application/json"), a.contentType());
        JsonNode body = a.json();
        assertEquals(Set.of("error", "detail"), fieldNames(body), a.text());
        assertEquals(error, body.get("error").asText());
        String detail = body.get("detail").asText();
        assertTrue(detail.contains(detailPart), "'" + detail + "' should contain '" + detailPart + "'");
        assertFalse(a.text().contains("Exception") || a.text().contains("\tat ") || a.text().contains("at org."),
                "no stack trace: " + a.text());
    }

    static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
