package org.sitrep.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.English;
import org.sitrep.extract.FakeGeocoder;
import org.sitrep.extract.pipeline.Document;
import org.sitrep.extract.place.PlaceMention;
import org.sitrep.extract.place.PlaceResolver;
import org.sitrep.model.Location;

class SentencePlacesTest {
    private final SentencePlaces places = new SentencePlaces(new PlaceResolver(new FakeGeocoder()), English.eventWords());

    @Test
    void theParagraphsRegionPicksAmongNamesakes() {
        Document doc = EventFixtures.analysed("Fighting raged in northern Idlib. The army shelled Tal Sukkar.");
        ParagraphContext ctx = new ParagraphContext("SY");
        ctx.enter(0);
        places.locate(doc.sentences.get(0), ctx);
        Map<PlaceMention, Location> located = places.locate(doc.sentences.get(1), ctx);
        assertEquals("Idlib", located.values().iterator().next().admin1());
    }

    @Test
    void theSentencesPlacesBecomeTheLastNamedInTextOrder() {
        Document doc = EventFixtures.analysed("The army shelled Kafr Ruwayha and Ayn Dalfa.");
        ParagraphContext ctx = new ParagraphContext("SY");
        ctx.enter(0);
        places.remember(places.locate(doc.sentences.get(0), ctx), ctx);
        assertEquals("Ayn Dalfa", ctx.lastPlace().name());
    }

    @Test
    void aCountryUnknownSoFarIsTakenFromThePlacesFound() {
        Document doc = EventFixtures.analysed("Police arrested two men in Basra.");
        ParagraphContext ctx = new ParagraphContext(null);
        ctx.enter(0);
        places.locate(doc.sentences.get(0), ctx);
        assertEquals("IQ", ctx.countryCode());
    }

    private Location placeOf(String sentence, String mention) {
        Document doc = EventFixtures.analysed(sentence);
        ParagraphContext ctx = new ParagraphContext("SY");
        ctx.enter(0);
        return places.locate(doc.sentences.get(0), ctx).entrySet().stream()
                .filter(e -> e.getKey().text().startsWith(mention)).findFirst()
                .orElseThrow(() -> new AssertionError(mention + " not among " + doc.sentences.get(0).places)).getValue();
    }

    @Test
    void anUnknownSiteLiesInThePlaceNamedRightAfterIt() {
        Location district = placeOf("Jets struck the al-Nour district in the town of Qalat Nur on Monday.", "al-Nour");
        assertEquals("Idlib", district.admin1());
        assertEquals(2, district.geoPrecision());
        Location clinic = placeOf("Shells hit the Hamra neighbourhood within Bayt Warda.", "Hamra");
        assertEquals("Idlib", clinic.admin1());
    }

    @Test
    void aSiteOnlyNearAPlaceIsNotPutInIt() {
        Location farm = placeOf("Jets struck the al-Nour farms near Qalat Nur on Monday.", "al-Nour");
        assertTrue(farm.geoPrecision() == null || farm.geoPrecision() >= 3, farm.toString());
    }
}
