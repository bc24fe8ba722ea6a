package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.actor.ActorDictionary;
import org.sitrep.gazetteer.Countries;
import org.sitrep.gazetteer.Gazetteers;
import org.sitrep.model.Event;
import org.sitrep.model.Location;

/**
 * Regions of wars other than Syria's, in short reports written for these tests, over the built-in
 * gazetteer: a region named alone places the event at its centre in its own country; a region
 * named like its seat is the city unless region words say otherwise.
 */
class WarReportsRegionsTest {

    private static final RuleBasedExtractor EXTRACTOR =
            new RuleBasedExtractor(ActorDictionary.bundled(), Gazetteers.builtin().geocoder());
    private static final LocalDate DAY = LocalDate.of(2024, 3, 12);

    /** Where the report's events happened (one report, one place: every event there). */
    private static Location placeOf(String body) {
        List<Event> events = EXTRACTOR.extract(TestReports.of(body, DAY));
        assertFalse(events.isEmpty(), body);
        Location first = events.get(0).location();
        for (Event e : events) {
            assertEquals(first.name(), e.location().name(), events.toString());
        }
        return first;
    }

    private static void assertRegion(String admin1, String countryCode, Location loc) {
        assertEquals(admin1, loc.admin1(), loc.rule());
        assertEquals(Countries.name(countryCode), loc.country(), loc.rule());
        assertEquals(3, loc.geoPrecision(), loc.rule());
    }

    private static void assertCity(String name, String countryCode, Location loc) {
        assertEquals(name, loc.name(), loc.rule());
        assertEquals(Countries.name(countryCode), loc.country(), loc.rule());
        assertEquals(1, loc.geoPrecision(), loc.rule());
    }

    @Test
    void aRegionNamedAloneIsWhereTheEventsHappenedInItsOwnCountry() {
        assertRegion("Anbar", "IQ", placeOf("Gunmen attacked an army checkpoint in northern Anbar on Monday, "
                + "killing two soldiers, security sources said."));
        assertRegion("Saada", "YE", placeOf("Saudi artillery shelled border villages in Saada governorate on "
                + "Sunday, killing four civilians, a medical official said."));
        assertRegion("Zaporizhzhia", "UA", placeOf("Russian shelling killed a farmer in the Zaporizhzhia region "
                + "on Monday, the regional governor said."));
        Location gedaref = placeOf("Paramilitary fighters looted villages across Gedaref State on Sunday, killing "
                + "five farmers, residents said.");
        assertRegion("Gedaref", "SD", gedaref);
        assertTrue(gedaref.latitude() > 12 && gedaref.latitude() < 16, "near Gedaref: " + gedaref.latitude());
    }

    @Test
    void aCityNamedLikeItsRegionIsTheCityWhereTheTextMeansTheCity() {
        assertCity("Kharkiv", "UA", placeOf("A missile struck a printing house in Kharkiv on Monday, killing "
                + "seven workers, officials said."));
        assertCity("Basrah", "IQ", placeOf("A roadside bomb killed a police officer in Basra on Monday, "
                + "police said."));
    }
}
