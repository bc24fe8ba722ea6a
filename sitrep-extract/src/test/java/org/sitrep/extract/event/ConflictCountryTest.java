package org.sitrep.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.sitrep.extract.English;
import org.sitrep.extract.FakeGeocoder;
import org.sitrep.extract.place.PlaceResolver;

class ConflictCountryTest {
    private final ConflictCountry countries = new ConflictCountry(new PlaceResolver(new FakeGeocoder()), English.eventWords());

    @Test
    void theReportsCountryIsWhereMostOfItsActorsAndPlacesAre() {
        assertEquals("SY", countries.ofReport(EventFixtures.analysed("The SAA shelled Tal Sukkar and Kafr Ruwayha.")));
        assertEquals("IQ", countries.ofReport(EventFixtures.analysed("Police arrested two men in Basra.")));
    }

    @Test
    void aReportThatNamesNoActorOrPlaceHasNoCountry() {
        assertNull(countries.ofReport(EventFixtures.analysed("Nothing much happened overnight.")));
    }

    @Test
    void aSentenceOpeningWithACountryMovesTheContextThere() {
        ParagraphContext ctx = new ParagraphContext("SY");
        ctx.enter(0);
        countries.readSentence("In Iraq, police fired tear gas at protesters.", ctx);
        assertEquals("IQ", ctx.countryCode());
        countries.readSentence("Meanwhile in the north, the army advanced.", ctx);
        assertEquals("IQ", ctx.countryCode());
    }
}
