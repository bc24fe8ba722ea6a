package org.sitrep.server;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.Attribution;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;
import org.sitrep.store.Store;

/**
 * Four invented reports telling seven events at invented places: one clash told by two outlets
 * (5 and 8 killed), a place taken by the government then retaken by rebels, an air strike, a
 * protest at a place with no coordinates, and an arrest whose year is unknown.
 */
final class ApiFixtures {
    static final Actor ARMY = new Actor("Syrian Arab Army", "government", 1, null);
    static final Actor REBELS = new Actor("Rebel Front", "opposition", 2, null);
    static final Actor AIR_FORCE = new Actor("Air Force of Testland", "government", 8, null);
    static final Actor CIVILIANS = new Actor("Civilians", "civilians", 7, null);
    static final Actor PROTESTERS = new Actor("Protesters", "protesters", 6, null);

    static final Location QARYAT_ULA = place("Qaryat Ula", "Idlib", "Jabal Ula", 35.9, 36.6);
    static final Location TALL_THANI = place("Tall Thani", "Hama", "Thani Valley", 35.3, 36.9);
    static final Location MADINA_THALITHA = place("Madina Thalitha", "Daraa", 32.6, 36.1);
    static final Location NOWHERE = place("Nowhere Village", "Daraa", null, null);

    static final LocalDate MARCH_1 = LocalDate.of(2024, 3, 1);
    static final LocalDate MARCH_2 = LocalDate.of(2024, 3, 2);
    static final LocalDate MARCH_9 = LocalDate.of(2024, 3, 9);
    static final LocalDate MARCH_10 = LocalDate.of(2024, 3, 10);

    static final String CLASH = "On March 1 government forces clashed with rebels near Qaryat Ula.";
    static final String CAPTURE = "Later the army captured Tall Thani from the rebels.";
    static final String CLASH_CLAIM = "Rebel sources said that government forces and rebels clashed near Qaryat Ula"
            + " on March 1, killing eight.";
    static final String AIR_STRIKE = "An air strike hit Madina Thalitha on March 2, killing two civilians.";
    static final String RETAKEN = "The rebels retook Tall Thani on March 9, pro-rebel media said.";
    static final String PROTEST = "Protesters gathered in Nowhere Village on March 10.";
    static final String ARREST = "On March 5 the army arrested three men in Qaryat Ula.";

    /** Incidents the fixtures make: the two clash accounts merge into one. */
    static final int INCIDENTS = 6;

    private ApiFixtures() {
    }

    static void load(Store store) {
        store.reports().store(report("2024-03-01_north", "Outlet One", MARCH_1,
                CLASH + "\n\nFive fighters were killed in the clash.\n\n" + CAPTURE), List.of(
                event(MARCH_1, "Armed clash", ARMY, REBELS, QARYAT_ULA, 5, null, CLASH),
                event(MARCH_1, "Government regains territory", ARMY, REBELS, TALL_THANI, 0, null, CAPTURE)));
        store.reports().store(report("2024-03-02_south", "Outlet Two", MARCH_2,
                CLASH_CLAIM + "\n\n" + AIR_STRIKE), List.of(
                event(MARCH_1, "Armed clash", REBELS, ARMY, QARYAT_ULA, 8,
                        new Attribution("rebel sources", "claimed"), CLASH_CLAIM),
                event(MARCH_2, "Air/drone strike", AIR_FORCE, CIVILIANS, MADINA_THALITHA, 2, null, AIR_STRIKE)));
        store.reports().store(report("2024-03-10_east", "Outlet Three", MARCH_10, RETAKEN + "\n\n" + PROTEST), List.of(
                event(MARCH_9, "Non-state actor overtakes territory", REBELS, ARMY, TALL_THANI, 0,
                        new Attribution("pro-rebel media", "claimed"), RETAKEN),
                event(MARCH_10, "Peaceful protest", PROTESTERS, null, NOWHERE, 0, null, PROTEST)));
        Event arrest = new Event("undated_note", null, null, "--03-05", "Strategic developments", "Arrests", ARMY,
                CIVILIANS, List.of(), List.of(), QARYAT_ULA, "Syria", 0, 3, List.of(), null, 0.7,
                new Evidence(ARREST, 0, ARREST.length()));
        store.reports().store(report("undated_note", "Outlet One", null, ARREST), List.of(arrest));
    }

    /**
     * A later report, for tests of what an ingest changes: the rebels take Qaryat Ula on March 12 and
     * the army retakes Tall Thani on March 15.
     */
    static void loadLater(Store store) {
        String taken = "Rebels took Qaryat Ula on March 12.";
        String retaken = "The army retook Tall Thani on March 15.";
        store.reports().store(report("2024-03-16_north", "Outlet One", LocalDate.of(2024, 3, 16),
                taken + "\n\n" + retaken), List.of(
                event(LocalDate.of(2024, 3, 12), "Non-state actor overtakes territory", REBELS, ARMY, QARYAT_ULA, 0,
                        null, taken),
                event(LocalDate.of(2024, 3, 15), "Government regains territory", ARMY, REBELS, TALL_THANI, 0, null,
                        retaken)));
    }

    static Report report(String id, String outlet, LocalDate published, String body) {
        return new Report(id, "Report " + id, "A. Writer", outlet, published, null, null, List.of("Region: Test"),
                "https://example.org/" + id, body, null, null);
    }

    static Location place(String name, String admin1, Double lat, Double lon) {
        return place(name, admin1, null, lat, lon);
    }

    static Location place(String name, String admin1, String admin2, Double lat, Double lon) {
        return new Location(name, name, List.of(), admin1, admin2, "Syria", lat, lon, lat == null ? 3 : 1, "test", null);
    }

    static Event event(LocalDate date, String subType, Actor a1, Actor a2, Location at, int killed,
            Attribution attribution, String sentence) {
        SubEventType sub = SubEventType.fromLabel(subType);
        return new Event("fixture", date, "day", null, sub.type().label(), sub.label(), a1, a2, List.of(), List.of(),
                at, "Syria", killed, null, List.of(), attribution, 0.9, new Evidence(sentence, 10, 10 + sentence.length()));
    }
}
