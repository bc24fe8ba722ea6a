package org.sitrep.server.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.Report;
import org.sitrep.server.map.EventClusters;
import org.sitrep.store.Store;
import org.sitrep.store.event.BoundingBox;
import org.sitrep.store.event.EventQuery;
import org.sitrep.store.review.ReviewAction;
import org.sitrep.store.review.ReviewFilter;
import org.sitrep.store.review.ReviewStatus;

/**
 * A map view counted from the tally of incidents told alike is the view the scan of every account
 * gives: the same cells, counts, types, extents and lone events, on a generated store where some
 * incidents' accounts differ in day, place or type and some incidents were reviewed.
 */
class PlacedTallyTest {
    private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
    /** More types than a cell first makes room for. */
    private static final List<String> TYPES = List.of("Battles", "Explosions/Remote violence", "Protests", "Riots",
            "Violence against civilians", "Strategic developments");
    private static final Map<String, String> SUB_TYPES = Map.of("Battles", "Armed clash",
            "Explosions/Remote violence", "Air/drone strike", "Protests", "Peaceful protest", "Riots",
            "Violent demonstration", "Violence against civilians", "Attack", "Strategic developments", "Arrests");
    private static final BoundingBox COUNTRY = new BoundingBox(35.5, 32.3, 42.4, 37.4);

    @TempDir
    Path dataDir;

    private Store store;

    @BeforeEach
    void fill() {
        store = Store.openDataDir(dataDir);
        Random random = new Random(7);
        double[][] places = new double[40][];
        for (int p = 0; p < places.length; p++) {
            places[p] = new double[] {32.5 + random.nextDouble() * 4.5, 35.8 + random.nextDouble() * 6};
        }
        List<Event> told = new ArrayList<>();
        for (int r = 0; r < 60; r++) {
            String id = "r" + r;
            List<Event> events = new ArrayList<>();
            for (int k = 0; k < 8; k++) {
                Event e;
                if (!told.isEmpty() && random.nextInt(4) == 0) {
                    Event again = told.get(random.nextInt(told.size()));
                    Location where = again.location();
                    // another outlet's account, sometimes days off (dated to the week, so it still merges),
                    // placed elsewhere under the same name, or unplaced
                    int off = random.nextInt(3) == 0 ? 1 + random.nextInt(3) : 0;
                    e = event(id, again.date() == null ? null : again.date().plusDays(off), again.eventType(),
                            where.latitude() == null ? 35 : where.latitude() + (random.nextInt(4) == 0 ? 0.5 : 0),
                            where.longitude() == null ? 38 : where.longitude(), where.name(),
                            where.latitude() == null || random.nextInt(8) == 0, off > 0 ? "week" : "day");
                } else {
                    double[] at = places[random.nextInt(places.length)];
                    e = event(id, random.nextInt(30) == 0 ? null : FIRST.plusDays(random.nextInt(90)),
                            TYPES.get(random.nextInt(TYPES.size())), at[0], at[1],
                            "Place " + (int) (at[0] * 100), random.nextInt(25) == 0, "day");
                }
                events.add(e);
            }
            told.addAll(events);
            store.reports().store(new Report(id, id, null, "Outlet " + r % 5, FIRST.plusDays(r), null, null,
                    List.of(), null, "report " + id, null, null), events);
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Event event(String report, LocalDate date, String type, double lat, double lon, String place,
            boolean unplaced, String precision) {
        Location at = unplaced ? new Location(place, place, List.of(), "Hama", null, "Syria", null, null, 1, "test",
                null) : new Location(place, place, List.of(), "Hama", null, "Syria", lat, lon, 1, "test", null);
        String sentence = String.format(Locale.ROOT, "%s at %s on %s.", type, place, date);
        return new Event(report, date, date == null ? null : precision, null, type, SUB_TYPES.get(type),
                new Actor("Rebel Front", "opposition", 2, null), null, List.of(), List.of(), at, "Syria", 1, null,
                List.of(), null, 0.8, new Evidence(sentence, 0, sentence.length()));
    }

    private static List<EventQuery> views() {
        List<EventQuery> q = new ArrayList<>();
        q.add(EventQuery.builder().bbox(COUNTRY).build());
        q.add(EventQuery.builder().bbox(COUNTRY).from(FIRST.plusDays(10)).to(FIRST.plusDays(40)).build());
        q.add(EventQuery.builder().bbox(COUNTRY).from(FIRST.plusDays(50)).build());
        q.add(EventQuery.builder().bbox(COUNTRY).to(FIRST.plusDays(5)).build());
        q.add(EventQuery.builder().bbox(COUNTRY).from(FIRST.plusDays(20)).to(FIRST.plusDays(20)).build());
        q.add(EventQuery.builder().bbox(new BoundingBox(36.5, 33.5, 38.5, 35.5)).from(FIRST).to(FIRST.plusDays(60))
                .build());
        for (double south = 32.5; south < 37; south += 1.1) { // boxes that part some incidents' accounts
            for (double west = 35.8; west < 42; west += 1.5) {
                q.add(EventQuery.builder().bbox(new BoundingBox(west, south, west + 1.5, south + 1.1)).build());
            }
        }
        q.add(EventQuery.builder().bbox(COUNTRY).eventType("battles").build());
        q.add(EventQuery.builder().bbox(COUNTRY).eventType("Explosions/Remote violence").from(FIRST.plusDays(30))
                .build());
        q.add(EventQuery.builder().bbox(COUNTRY).eventType("no such type").build());
        // filters the tally cannot answer: the scan does
        q.add(EventQuery.builder().bbox(COUNTRY).source("Outlet 2").build());
        q.add(EventQuery.builder().bbox(COUNTRY).subEventType("armed clash").from(FIRST.plusDays(10)).build());
        return q;
    }

    private static void assertTallyMatchesScan(EventIndex index) {
        assertTrue(index.tally().others().length > 0, "some incidents' accounts differ or were reviewed");
        List<ReviewFilter> reviews = List.of(ReviewFilter.DEFAULT,
                new ReviewFilter(java.util.EnumSet.of(ReviewStatus.REJECTED), null, null, null),
                new ReviewFilter(null, "tester", null, null));
        for (EventQuery q : views()) {
            for (ReviewFilter review : reviews) {
                for (int zoom : new int[] {6, 9}) {
                    EventMatcher matcher = index.matcher(q);
                    EventClusters scanned = new EventClusters(zoom, q.bbox());
                    index.forEach(matcher, review, scanned);
                    EventClusters tallied = new EventClusters(zoom, q.bbox());
                    index.forEachPlaced(matcher, review, tallied);
                    assertSameView(scanned.view(PlacedTallyTest::noSingles), tallied.view(PlacedTallyTest::noSingles),
                            q + " " + review + " zoom " + zoom);
                }
            }
        }
    }

    private static Map<Long, EventClusters.Single> noSingles(java.util.Collection<Long> ids) {
        Map<Long, EventClusters.Single> out = new java.util.HashMap<>();
        ids.forEach(id -> out.put(id, new EventClusters.Single(id, null, null, null, null, 0, null)));
        return out;
    }

    private static void assertSameView(EventClusters.View expected, EventClusters.View actual, String what) {
        assertEquals(expected.total(), actual.total(), what);
        assertEquals(expected.clusters().size(), actual.clusters().size(), what);
        for (int c = 0; c < expected.clusters().size(); c++) {
            EventClusters.Cluster e = expected.clusters().get(c);
            EventClusters.Cluster a = actual.clusters().get(c);
            assertEquals(e.count(), a.count(), what);
            assertEquals(e.types(), a.types(), what);
            assertEquals(List.of(e.bbox()[0], e.bbox()[1], e.bbox()[2], e.bbox()[3]),
                    List.of(a.bbox()[0], a.bbox()[1], a.bbox()[2], a.bbox()[3]), what);
            assertEquals(e.event() == null ? null : e.event().id(), a.event() == null ? null : a.event().id(), what);
            // the mean is summed in another order: equal to the last few bits
            assertEquals(e.latitude(), a.latitude(), 1e-9, what);
            assertEquals(e.longitude(), a.longitude(), 1e-9, what);
        }
    }

    @Test
    void countsAsTheScanDoes() {
        assertTallyMatchesScan(store.database().read(EventIndex::build));
    }

    @Test
    void countsAsTheScanDoesAfterReviewsAndAdditions() {
        List<org.sitrep.store.merge.Incident> first = store.incidents().find(EventQuery.all(),
                org.sitrep.store.PageRequest.first(20)).items();
        store.reviews().review(first.get(0).id(), ReviewAction.REJECT, Map.of(), "tester", "test");
        store.reviews().review(first.get(1).id(), ReviewAction.CONFIRM, Map.of(), "tester", "test");
        long other = first.stream().filter(i -> !"Riots".equals(i.eventType())).skip(2).findFirst().orElseThrow().id();
        store.reviews().review(other, ReviewAction.CORRECT, Map.of("type", "Riots", "sub_type", "Violent demonstration"),
                "tester", "test");
        EventIndex before = store.database().read(EventIndex::build);
        assertTallyMatchesScan(before);
        // later accounts: a new place, and others' accounts of stored incidents a day off (told alike no more)
        List<Event> late = new ArrayList<>(List.of(event("late", FIRST.plusDays(80), "Battles", 35.0, 37.0,
                "Late Place", false, "day")));
        for (org.sitrep.store.merge.Incident i : store.incidents().find(EventQuery.all(),
                org.sitrep.store.PageRequest.first(40)).items()) {
            if (i.date() != null && i.id() % 3 == 0 && i.summary().location() != null
                    && i.summary().location().latitude() != null) {
                late.add(event("late", i.date().plusDays(1), i.eventType(), i.summary().location().latitude(),
                        i.summary().location().longitude(), i.summary().location().name(), false, "week"));
            }
        }
        store.reports().store(new Report("late", "late", null, "Outlet 9", FIRST.plusDays(80), null, null, List.of(),
                null, "late report", null, null), late);
        EventIndex after = store.database().read(before::withAdditions);
        assertEquals(store.events().count(), after.events.size(), "read incrementally");
        assertTallyMatchesScan(after);
    }
}
