package org.sitrep.server.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.Report;
import org.sitrep.server.ApiFixturesAccess;
import org.sitrep.store.Page;
import org.sitrep.store.PageRequest;
import org.sitrep.store.Store;
import org.sitrep.store.event.BoundingBox;
import org.sitrep.store.event.EventQuery;
import org.sitrep.store.merge.Incident;

/**
 * The in-memory index answers every filter exactly as the store's SQL does: the same incidents, in
 * the same order, with the same totals; and it follows the store as reports are added and replaced.
 */
class EventIndexTest {
    @TempDir
    Path dataDir;

    private Store store;
    private LiveEventIndex index;

    @BeforeEach
    void open() {
        store = Store.openDataDir(dataDir);
        ApiFixturesAccess.load(store);
        index = new LiveEventIndex(store.database());
    }

    @AfterEach
    void close() {
        store.close();
    }

    static List<EventQuery> queries() {
        LocalDate m1 = LocalDate.of(2024, 3, 1);
        List<EventQuery> q = new ArrayList<>();
        q.add(EventQuery.all());
        q.add(EventQuery.builder().eventType("battles").build());
        q.add(EventQuery.builder().eventType("Battles").subEventType("armed clash").build());
        q.add(EventQuery.builder().eventType("no such type").build());
        q.add(EventQuery.builder().from(m1.plusDays(1)).build());
        q.add(EventQuery.builder().to(m1).build());
        q.add(EventQuery.builder().from(m1).to(m1.plusDays(8)).build());
        q.add(EventQuery.builder().actor("rebel front").build());
        q.add(EventQuery.builder().actor("Syrian  Arab-Army").build());
        q.add(EventQuery.builder().actor("nobody").build());
        q.add(EventQuery.builder().side("Government").build());
        q.add(EventQuery.builder().side("protesters").eventType("Protests").build());
        q.add(EventQuery.builder().place("tall thani").build());
        q.add(EventQuery.builder().place("Qaryat Ula").from(m1).build());
        q.add(EventQuery.builder().governorate("IDLIB").build());
        q.add(EventQuery.builder().admin2("thani VALLEY").build());
        q.add(EventQuery.builder().admin2("Jabal Ula").governorate("Hama").build());
        q.add(EventQuery.builder().country("Syria").build());
        q.add(EventQuery.builder().country("Iraq").build());
        q.add(EventQuery.builder().bbox(new BoundingBox(36.5, 35.0, 37.0, 36.0)).build());
        q.add(EventQuery.builder().source("Outlet Two").build());
        q.add(EventQuery.builder().source("rebel sources").build());
        q.add(EventQuery.builder().text("air strike").build());
        q.add(EventQuery.builder().text("QARYAT").build());
        q.add(EventQuery.builder().reportId("2024-03-10_east").build());
        q.add(EventQuery.builder().reportId("none").build());
        // several keyed filters: their events are intersected, and a date window may be the smaller set
        q.add(EventQuery.builder().side("government").eventType("battles").build());
        q.add(EventQuery.builder().actor("rebel front").side("opposition").from(m1).to(m1.plusDays(8)).build());
        q.add(EventQuery.builder().governorate("Idlib").text("air strike").build());
        q.add(EventQuery.builder().source("Outlet Two").place("tall thani").to(m1.plusDays(30)).build());
        q.add(EventQuery.builder().place("tall thani").from(m1.plusDays(9)).to(m1).build());
        return q;
    }

    private void assertSameAsStore() {
        for (EventQuery q : queries()) {
            for (PageRequest page : List.of(PageRequest.first(50), new PageRequest(0, 2), new PageRequest(2, 2),
                    new PageRequest(10, 5))) {
                Page<Incident> expected = store.incidents().find(q, page);
                LiveEventIndex.Page actual = index.find(q, page);
                assertEquals(expected.total(), actual.total(), q + " " + page);
                assertEquals(expected.items().stream().map(Incident::id).toList(), actual.incidentIds(), q + " " + page);
            }
        }
    }

    @Test
    void answersLikeTheStore() {
        assertSameAsStore();
    }

    @Test
    void listsEachIncidentsSourcesAsTheStoreHoldsThem() {
        java.util.Map<Long, List<String>> expected = new java.util.LinkedHashMap<>();
        store.database().read(c -> org.sitrep.store.db.Sql.list(c, "SELECT incident_id, source FROM event ORDER BY id",
                List.of(), rs -> expected.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2))));
        assertEquals(expected, index.sourcesOf(List.copyOf(expected.keySet())));
        assertEquals(java.util.Map.of(), index.sourcesOf(List.of(-5L)), "an incident the store does not hold");
    }

    @Test
    void followsAdditionsAndReplacements() {
        assertSameAsStore();
        int before = index.size();
        String s1 = "Rebels clashed with the army in Tall Thani on March 20.";
        store.reports().store(report("later", s1), List.of(event(LocalDate.of(2024, 3, 20), s1)));
        assertEquals(before + 1, index.size(), "an addition is read incrementally");
        assertSameAsStore();
        String s2 = "Rebels clashed with the army in Tall Thani on March 21, a correction said.";
        store.reports().store(report("later", s2), List.of(event(LocalDate.of(2024, 3, 21), s2),
                event(LocalDate.of(2024, 3, 22), s2)));
        assertEquals(before + 2, index.size(), "a replacement rebuilds");
        assertSameAsStore();
        // an addition dated before every other incident goes to the head of the order, read incrementally
        String s3 = "Rebels clashed with the army in Tall Thani in early February.";
        store.reports().store(report("earlier", s3), List.of(event(LocalDate.of(2024, 2, 2), s3)));
        String s4 = "Rebels and the army fought again in Tall Thani in early February, locals said.";
        store.reports().store(report("earlier-too", s4), List.of(event(LocalDate.of(2024, 2, 3), s4)));
        assertEquals(before + 4, index.size());
        assertSameAsStore();
    }

    @Test
    void answersLikeTheStoreWhenAFilterHasFewCandidatesAmongManyIncidents() {
        // far-off days at places of their own: each is its own incident, and the fixtures' filters then
        // test fewer candidates than the store holds incidents over 32, so their matches are kept as an array
        for (int k = 0; k < 300; k++) {
            String s = "Rebels clashed with the army in Outpost " + k + ".";
            store.reports().store(report("outpost-" + k, s),
                    List.of(event(LocalDate.of(2023, 1, 1).plusDays(k), s, "Outpost " + k, 33 + k / 100.0)));
        }
        assertTrue(MatchedPlaces.few(3, index.size()), "a place's few accounts among " + index.size());
        assertSameAsStore();
    }

    private static Report report(String id, String body) {
        return new Report(id, id, null, "Outlet Four", LocalDate.of(2024, 3, 22), null, null, List.of(), null, body,
                null, null);
    }

    private static Event event(LocalDate date, String sentence) {
        return event(date, sentence, "Tall Thani", 35.3);
    }

    private static Event event(LocalDate date, String sentence, String place, double latitude) {
        Location at = new Location(place, place, List.of(), "Hama", null, "Syria", latitude, 36.9, 1, "test", null);
        return new Event("later", date, "day", null, "Battles", "Armed clash",
                new Actor("Rebel Front", "opposition", 2, null), new Actor("Syrian Arab Army", "government", 1, null),
                List.of(), List.of(), at, "Syria", 1, null, List.of(), null, 0.8,
                new Evidence(sentence, 0, sentence.length()));
    }
}
