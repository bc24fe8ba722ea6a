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

    @Test
    void aSiteLiesInThePlaceItIsSaidToBeOfNotInTheSentencesEarlierTown() {
        Location quarter = placeOf("Shells fired from Kafr Ruwayha landed in the Hamra quarter of Qalat Nur.", "Hamra");
        assertEquals("Idlib", quarter.admin1());
        assertEquals(2, quarter.geoPrecision());
        Location district = placeOf("Rebels shelled Ayn Dalfa and the al-Zahra district in the town of Bayt Warda.",
                "al-Zahra");
        assertEquals("Idlib", district.admin1());
        Location passive = placeOf("The Hamra quarter of Qalat Nur was hit by rockets launched from Kafr Ruwayha.",
                "Hamra");
        assertEquals("Idlib", passive.admin1());
    }

    @Test
    void aSiteOfANamedRegionIsInThatRegionNotInTheSentencesEarlierTown() {
        Location site = placeOf("A rocket launched from Kafr Ruwayha hit the Salam neighbourhood of Idlib province.",
                "Salam");
        assertEquals("Idlib", site.admin1());
        assertEquals(3, site.geoPrecision());
    }

    @Test
    void aNamesakeElsewhereOfASiteSaidToLieInAPlaceIsThatPlacesSite() {
        // the fake gazetteer's only Umm Qasr is a small town of Iraq
        Location quarter = placeOf("Mortars hit the Umm Qasr quarter of Qalat Nur on Monday.", "Umm Qasr");
        assertEquals("Idlib", quarter.admin1());
        assertEquals("Syria", quarter.country());
        Location market = placeOf("A car bomb went off in the Umm Qasr market inside Bayt Warda.", "Umm Qasr");
        assertEquals("Idlib", market.admin1());
    }

    @Test
    void aBigCityNamedBeforeItsSuburbIsNotInsideIt() {
        Location city = placeOf("A bomb killed six in the Nahr Kabir suburb of Qalat Nur.", "Nahr Kabir");
        assertEquals("Hama", city.admin1());
        assertEquals(1, city.geoPrecision());
    }

    @Test
    void anUnknownSiteInTheRegionOfTheSentencesEarlierTownStaysNearThatTown() {
        Location village = placeOf("A mine exploded on the road between Ayn Dalfa and Umm Tuyur in northern Hama.",
                "Umm Tuyur");
        assertEquals("Hama", village.admin1());
        assertEquals(2, village.geoPrecision());
    }

    @Test
    void aSiteOfARegionsNamedPartLiesInThatPart() {
        Location quarter = placeOf("A rocket fired from Kafr Ruwayha hit the Hamra quarter of the Idlib province's "
                + "Qalat Nur district.", "Hamra");
        assertEquals("Idlib", quarter.admin1());
        assertEquals(2, quarter.geoPrecision());
        assertTrue(quarter.rule().contains("Qalat Nur"), quarter.rule());
    }
}
