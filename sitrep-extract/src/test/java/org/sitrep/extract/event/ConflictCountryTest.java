package org.sitrep.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.English;
import org.sitrep.extract.FakeGeocoder;
import org.sitrep.extract.RuleBasedExtractor;
import org.sitrep.extract.TestReports;
import org.sitrep.extract.place.PlaceResolver;
import org.sitrep.gazetteer.Gazetteers;
import org.sitrep.gazetteer.GeoContext;
import org.sitrep.gazetteer.Geocoder;
import org.sitrep.gazetteer.Place;
import org.sitrep.model.Location;

class ConflictCountryTest {
    private final ConflictCountry countries = reading(new FakeGeocoder());

    private static ConflictCountry reading(Geocoder gazetteer) {
        return new ConflictCountry(new PlaceResolver(gazetteer), English.eventWords(), EventFixtures.ACTORS,
                new HomeConflict(gazetteer));
    }

    /** A gazetteer the user filled with one country's places. */
    private static Geocoder importedOf(String country) {
        Geocoder places = new FakeGeocoder();
        return new Geocoder() {
            @Override
            public Location locate(String mention, GeoContext context) {
                return places.locate(mention, context);
            }

            @Override
            public Optional<Place> best(String mention, GeoContext context) {
                return places.best(mention, context);
            }

            @Override
            public Optional<Location> region(String phrase, String countryHint) {
                return places.region(phrase, countryHint);
            }

            @Override
            public Optional<String> homeCountry() {
                return Optional.of(country);
            }
        };
    }

    @Test
    void onATieTheCountryOfTheLargestTownNamedWins() {
        // a small Iraqi town and a big Syrian city, one vote each: not the first country by its code
        assertEquals("SY", countries.ofReport(EventFixtures.analysed("Gunmen shot two men in Umm Qasr and Nahr Kabir.")));
        assertEquals("SY", countries.ofReport(EventFixtures.analysed("Gunmen shot two men in Nahr Kabir and Umm Qasr.")));
        assertEquals("IQ", countries.ofReport(EventFixtures.analysed("A bomb went off in Basra and Ayn Dalfa.")));
    }

    @Test
    void theReportsCountryIsWhereMostOfItsActorsAndPlacesAre() {
        assertEquals("SY", countries.ofReport(EventFixtures.analysed("The SAA shelled Tal Sukkar and Kafr Ruwayha.")));
        assertEquals("IQ", countries.ofReport(EventFixtures.analysed("Police arrested two men in Basra.")));
    }

    @Test
    void aCountrysPeopleNamedAsPeopleTellItsCountry() {
        assertEquals("BH", countries.ofReport(EventFixtures.analysed("Dozens of Bahrainis marched against the government.")));
        assertEquals("YE", countries.ofReport(EventFixtures.analysed("Two Yemenis were shot dead at a checkpoint.")));
        assertEquals("SY", countries.ofReport(EventFixtures.analysed("The SAA shelled Tal Sukkar and Kafr Ruwayha, "
                + "wounding two Iraqis.")), "a place and an actor outweigh a foreign national");
    }

    @Test
    void aReportThatNamesNoActorOrPlaceHasNoCountry() {
        assertNull(countries.ofReport(EventFixtures.analysed("Nothing much happened overnight.")));
    }

    @Test
    void actorsOfSeveralWarsDoNotTellWhichWarItIs() {
        // the Islamic State, the US-led coalition and foreign forces fight in several wars: no war is assumed
        assertNull(countries.ofReport(EventFixtures.analysed("IS militants attacked a checkpoint in Wadi Harran.")));
        assertNull(countries.ofReport(EventFixtures.analysed("Coalition airstrikes hit Wadi Harran.")));
        assertNull(countries.ofReport(EventFixtures.analysed("Russian warplanes struck Wadi Harran overnight.")));
        assertNull(countries.ofReport(EventFixtures.analysed(
                "Wadi Harran was shelled by Islamic State fighters, and coalition jets struck back.")));
    }

    @Test
    void aDescriptionThatOneWarsFileListsDoesNotTellTheWar() {
        // "the regime" and "tribal fighters" are words of Syria's file, but any country has them
        assertNull(countries.ofReport(EventFixtures.analysed("Hundreds marched in Wadi Harran against the regime.")));
        assertEquals("SY", countries.ofReport(EventFixtures.analysed("The Syrian army marched into Wadi Harran.")));
    }

    @Test
    void aDescriptionOfAnAttackerDoesNotTellTheWar() {
        assertNull(countries.ofReport(EventFixtures.analysed("Unidentified warplanes bombed Wadi Harran.")));
        assertNull(countries.ofReport(EventFixtures.analysed("Two air strikes were carried out on Wadi Harran.")));
    }

    @Test
    void anActorOfOneWarOutvotesTheActorsOfSeveral() {
        assertEquals("YE", countries.ofReport(EventFixtures.analysed(
                "Coalition airstrikes and IS militants hit Houthi positions in Wadi Harran.")));
        assertEquals("YE", countries.ofReport(EventFixtures.analysed(
                "Houthi fighters were struck by coalition warplanes near Wadi Harran.")));
        assertEquals("IQ", countries.ofReport(EventFixtures.analysed(
                "Iraqi police repelled an IS attack on Wadi Harran.")));
    }

    @Test
    void aCountryNamedIsAPartyMoreOftenThanTheScene() {
        Geocoder world = Gazetteers.builtin().geocoder();
        RuleBasedExtractor extractor = new RuleBasedExtractor(EventFixtures.ACTORS, world);
        ConflictCountry countries = reading(world);
        for (String text : List.of("Warplanes struck Saraqib. Russia denied it, and Turkey protested.",
                "Russia and Turkey traded blame after Saraqib was shelled.",
                "Iran condemned the raid on Saraqib; Russia called for calm.")) {
            assertEquals("SY", countries.ofReport(extractor.analyseBefore(
                    TestReports.of(text, EventFixtures.REPORT_DATE), "events")), text);
        }
    }

    @Test
    void aReportThatTellsNoWarIsReadInTheWarTheUsersGazetteerCovers() {
        ConflictCountry syrian = reading(importedOf("SY"));
        assertEquals("SY", syrian.ofReport(EventFixtures.analysed("Coalition airstrikes hit Wadi Harran.")));
        assertEquals("SY", syrian.ofReport(EventFixtures.analysed("Nothing much happened overnight.")));
        // what the text tells comes first
        assertEquals("YE", syrian.ofReport(EventFixtures.analysed("Houthi fighters shelled Wadi Harran.")));
        assertEquals("UA", reading(importedOf("UA")).ofReport(EventFixtures.analysed(
                "Russian warplanes struck Wadi Harran overnight.")));
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

    @Test
    void aPersonNamedByNationalityTellsTheCountryAsThePluralDoes() {
        assertEquals("YE", countries.ofReport(EventFixtures.analysed("A Yemeni man was shot dead at a checkpoint.")));
        assertEquals("IQ", countries.ofReport(EventFixtures.analysed("Two Iraqi farmers were wounded by a mine.")));
        assertNull(countries.ofReport(EventFixtures.analysed("Iraqi jets were seen overhead.")),
                "the adjective of a force tells whose force, not where");
    }

    @Test
    void aNameSeveralCountriesHaveIsReadInTheCountryThePeopleNamedPointTo() {
        assertEquals("IQ", countries.ofReport(EventFixtures.analysed("Two Iraqi farmers were shot dead in Tell Hamid.")));
        assertEquals("IQ", countries.ofReport(EventFixtures.analysed("Gunmen shot two Iraqis in Tell Hamid.")));
        assertEquals("SY", countries.ofReport(EventFixtures.analysed("Two farmers were shot dead in Tell Hamid.")),
                "nobody named: the entry the name is");
    }
}
