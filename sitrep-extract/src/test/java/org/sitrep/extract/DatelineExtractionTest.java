package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.actor.ActorDictionary;
import org.sitrep.model.Event;

/** A dateline's city is where the report was written, its date the report's when it has none. */
class DatelineExtractionTest {
    static final String CITY = "Qalat Nur";
    static final String AGENCY_DATELINE = "QALAT NUR (Reuters) - HTS fighters attacked army positions in Kafr Ruwayha "
            + "in northern Hama.";
    static final String DATED_DATELINE = "QALAT NUR, Nov 19, 2018 - Unidentified gunmen killed a farmer on the road "
            + "to the market.";
    static final String UNKNOWN_VILLAGE = "QALAT NUR (AFP) - The army shelled the village of Zawr Tin on Sunday.";
    static final String CITY_IN_THE_STORY = "QALAT NUR (AFP) - HTS shelled Qalat Nur on Sunday.";

    private static final RuleBasedExtractor EXTRACTOR =
            new RuleBasedExtractor(ActorDictionary.bundled(), new FakeGeocoder());

    private static List<Event> extract(String body, LocalDate published) {
        return EXTRACTOR.extract(TestReports.of(body, published));
    }

    private static boolean at(Event e, String place) {
        return e.location() != null && place.equals(e.location().name());
    }

    @Test
    void theDatelinesCityIsNoPlaceOfTheEvents() {
        List<Event> events = extract(AGENCY_DATELINE, LocalDate.of(2018, 11, 20));
        assertFalse(events.isEmpty());
        assertTrue(events.stream().allMatch(e -> at(e, "Kafr Ruwayha")), events.toString());
    }

    @Test
    void anUndatedReportTakesTheDatelinesDate() {
        List<Event> events = extract(DATED_DATELINE, null);
        assertEquals(1, events.size(), events.toString());
        assertEquals(LocalDate.of(2018, 11, 19), events.get(0).date());
        assertFalse(at(events.get(0), CITY), "the report was written there, the farmer was killed elsewhere");
    }

    @Test
    void anUnknownVillageIsNotPlacedInsideTheDatelinesCity() {
        List<Event> events = extract(UNKNOWN_VILLAGE, LocalDate.of(2018, 11, 20));
        assertEquals(1, events.size(), events.toString());
        assertEquals("Zawr Tin", events.get(0).location().name());
        assertFalse(String.valueOf(events.get(0).location().rule()).contains(CITY), events.get(0).location().rule());
        assertEquals(LocalDate.of(2018, 11, 18), events.get(0).date());
    }

    @Test
    void theCityNamedAgainInTheStoryIsAPlaceOfItsEvents() {
        List<Event> events = extract(CITY_IN_THE_STORY, LocalDate.of(2018, 11, 20));
        assertEquals(1, events.size(), events.toString());
        assertTrue(at(events.get(0), CITY), events.toString());
    }
}
