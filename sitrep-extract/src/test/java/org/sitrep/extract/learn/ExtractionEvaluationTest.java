package org.sitrep.extract.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Location;

class ExtractionEvaluationTest {
    private static AcledRecord record(String note, String type, String actor1, Double lat, Double lon, int deaths) {
        return new AcledRecord("1", "2018-01-01", note, AcledLabel.of(type, null), actor1, null, null, null, lat, lon,
                lat == null ? null : 1, deaths);
    }

    private static Event event(String type, String sub, String side, double lat, double lon, int deaths) {
        return new Event("r", null, null, null, type, sub, new Actor("x", side, 1, null), null, null, null,
                new Location("p", "p", List.of(), null, null, null, lat, lon, 1, null, null), null, deaths, null,
                null, null, 0.5, null);
    }

    @Test
    void scoresTypesTerritorySidesPlacesAndDeathsPerNote() {
        ExtractionEvaluation e = new ExtractionEvaluation();
        // note 1: a change of control, found with the right side and place, one death short
        e.add(List.of(record("A", "Battle-Government regains territory", "Military Forces of Syria (2000-)", 35.0, 36.0, 2)),
                List.of(event("Battles", "Government regains territory", "government", 35.05, 36.0, 1)));
        // note 2: shelling read as a clash 50 km away; no deaths on either side
        e.add(List.of(record("B", "Remote violence", "Islamic State (Syria)", 35.0, 36.0, 0)),
                List.of(event("Battles", "Armed clash", "isis", 35.45, 36.0, 0)));
        // note 3: nothing extracted from a protest
        e.add(List.of(record("C", "Riots/Protests", "Protesters (Syria)", null, null, 0)), List.of());
        assertEquals(3, e.reports());
        // types: gold {Battles, Explosions, Protests}, predicted {Battles, Battles}: 1 of 2 right, 1 of 3 found
        assertEquals(2.0 * 1 / (3 + 2), e.typeF1(), 1e-9);
        assertEquals(1.0, e.territoryF1(), 1e-9);
        assertEquals(2.0 * 2 / (3 + 2), e.sidesF1(), 1e-9);
        assertEquals(0.5, e.location10km(), 1e-9);
        assertEquals(0.0, e.fatalitiesExact(), 1e-9);
    }

    @Test
    void sidesFollowTheSharedScorersRules() {
        assertEquals("government", ExtractionEvaluation.sideOf("Military Forces of Syria (2000-)"));
        assertEquals("sdf", ExtractionEvaluation.sideOf("QSD: Syrian Democratic Forces"));
        assertEquals("unidentified", ExtractionEvaluation.sideOf("Unidentified Armed Group (Syria)"));
        assertEquals("opposition", ExtractionEvaluation.sideOf("Some Brigade"));
    }

    @Test
    void distancesAreGreatCircleKilometres() {
        assertEquals(111.2, ExtractionEvaluation.kilometres(35, 36, 36, 36), 0.1);
    }
}
