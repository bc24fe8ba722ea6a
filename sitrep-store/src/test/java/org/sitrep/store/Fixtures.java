package org.sitrep.store;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.Attribution;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.Report;

/** Reports and events written for the store's tests (invented places and numbers). */
public final class Fixtures {
    public static final Actor SAA = new Actor("Syrian Arab Army", "government", 1, null);
    public static final Actor TIGER_FORCES = new Actor("Tiger Forces", "government", 1, "Syrian Arab Army");
    public static final Actor HTS = new Actor("Hayat Tahrir al-Sham", "opposition", 2, null);
    public static final Actor MILITANTS = Actor.unidentified("militants");
    public static final Actor CIVILIANS = new Actor("Civilians", "civilians", 7, null);

    public static final LocalDate NOV_14 = LocalDate.of(2019, 11, 14);

    private Fixtures() {
    }

    public static Report report(String id, String outlet, LocalDate published, String body) {
        return new Report(id, "Report " + id, "A. Writer", outlet, published, null, null,
                List.of("Region: Test"), "https://example.org/" + id, body, null, null);
    }

    public static Location place(String name, String admin1, Double lat, Double lon) {
        return place(name, admin1, null, lat, lon);
    }

    public static Location place(String name, String admin1, String admin2, Double lat, Double lon) {
        return new Location(name, name, List.of(), admin1, admin2, "Syria", lat, lon, 1, "test", null);
    }

    public static final Location KAFR_TEST = place("Kafr Test", "Idlib", "Test Hills", 35.5, 36.6);
    /** A place whose district the gazetteer does not know. */
    public static final Location TELL_SAMPLE = place("Tell Sample", "Hama", 35.2, 36.7);
    public static final Location ABU_EXAMPLE = place("Abu Example", "Deir ez-Zor", "Sample Valley", 34.4, 40.9);

    public static EventBuilder event() {
        return new EventBuilder();
    }

    /** An event with test defaults: an armed clash at Kafr Test on 14 November 2019, asserted. */
    public static final class EventBuilder {
        private LocalDate date = NOV_14;
        private String precision = "day";
        private String monthDay;
        private String subType = "Armed clash";
        private Actor actor1 = SAA;
        private Actor actor2 = HTS;
        private List<Actor> assoc1 = List.of();
        private Location location = KAFR_TEST;
        private int fatalities;
        private Attribution attribution;
        private String evidence = "Government forces clashed with militants near Kafr Test.";

        public EventBuilder date(LocalDate v) {
            date = v;
            return this;
        }

        public EventBuilder precision(String v) {
            precision = v;
            return this;
        }

        public EventBuilder undated(String mmdd) {
            date = null;
            monthDay = mmdd;
            return this;
        }

        public EventBuilder sub(String v) {
            subType = v;
            return this;
        }

        public EventBuilder actors(Actor a1, Actor a2) {
            actor1 = a1;
            actor2 = a2;
            return this;
        }

        public EventBuilder assoc1(Actor... v) {
            assoc1 = List.of(v);
            return this;
        }

        public EventBuilder at(Location v) {
            location = v;
            return this;
        }

        public EventBuilder killed(int v) {
            fatalities = v;
            return this;
        }

        public EventBuilder says(String source, String modality) {
            attribution = new Attribution(source, modality);
            return this;
        }

        public EventBuilder evidence(String v) {
            evidence = v;
            return this;
        }

        public Event build() {
            org.sitrep.model.SubEventType sub = org.sitrep.model.SubEventType.fromLabel(subType);
            return new Event("fixture", date, precision, monthDay, sub.type().label(), sub.label(), actor1, actor2,
                    assoc1, List.of(), location, "Syria", fatalities, null, List.of(), attribution, 0.9,
                    new Evidence(evidence, 0, evidence.length()));
        }
    }
}
