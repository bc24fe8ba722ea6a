package org.sitrep.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Location;

/**
 * The first-level regions of the other wars' countries (Iraq, Yemen, Ukraine, Sudan, Myanmar…) over
 * the built-in gazetteer: their GeoNames codes are the ones its places carry, so a region the text
 * names narrows namesakes, and region phrases of each country's kind are found.
 */
class WorldRegionsTest {

    private static final Gazetteer GAZETTEER = Gazetteers.builtin();
    private final Geocoder geocoder = GAZETTEER.geocoder();

    private static GeoContext in(String region, String country) {
        return new GeoContext(region, country, List.of(), null);
    }

    private String admin1Of(String place, String country) {
        Location loc = geocoder.locate(place, in(null, country));
        assertTrue(loc.placed(), place + ": " + loc.rule());
        return loc.admin1();
    }

    @Test
    void seatsOfRegionsCarryTheRegionsNames() {
        assertEquals("Anbar", admin1Of("Ramadi", "IQ"));
        assertEquals("Diyala", admin1Of("Baqubah", "IQ"));
        assertEquals("Salah al-Din", admin1Of("Tikrit", "IQ"));
        assertEquals("Nineveh", admin1Of("Mosul", "IQ"));
        assertEquals("Saada", admin1Of("Saada", "YE"));
        assertEquals("Donetsk", admin1Of("Kramatorsk", "UA"));
        assertEquals("North Darfur", admin1Of("El Fasher", "SD"));
        assertEquals("Chin State", admin1Of("Hakha", "MM"));
        assertEquals("Gaza Strip", admin1Of("Khan Yunis", "PS"));
        assertEquals("Borno", admin1Of("Maiduguri", "NG"));
        assertEquals("Lower Juba", admin1Of("Kismayo", "SO"));
    }

    @Test
    void everyRegionHoldsPlacesOfTheBuiltInGazetteer() {
        for (Region r : GAZETTEER.regions().all()) {
            if (!r.admin1Level()) {
                continue;
            }
            assertNotNull(r.geonamesCode(), r.name());
            Place centre = new Place(-1, r.name(), List.of(), r.latitude(), r.longitude(), "P", "PPL",
                    r.countryCode(), null, null, 0);
            assertNotNull(GAZETTEER.nearestInside(r, centre, 2_000),
                    r.name() + " (" + r.countryCode() + "." + r.geonamesCode() + "): no built-in place carries the code");
        }
    }

    @Test
    void aRegionTheTextNamesPicksAmongNamesakes() {
        assertEquals("Mykolaiv", geocoder.locate("Ivanivka", in("Mykolaiv region", "UA")).admin1());
        assertEquals("Kherson", geocoder.locate("Ivanivka", in("Kherson Oblast", "UA")).admin1());
        assertEquals("Al Bayda", geocoder.locate("Al Hazm", in("Al Bayda", "YE")).admin1());
        assertEquals("Al Jawf", geocoder.locate("Al Hazm", in(null, "YE")).admin1(), "the larger one");
    }

    @Test
    void regionPhrasesOfEachCountrysKind() {
        assertRegion("Anbar", "IQ", "northern Anbar", null);
        assertRegion("Nineveh", "IQ", "Nineveh province", "IQ");
        assertRegion("Saada", "YE", "Saada governorate", "YE");
        assertRegion("Taiz", "YE", "the Taiz countryside", null);
        assertRegion("Donetsk", "UA", "Donetsk Oblast", "UA");
        assertRegion("Kyiv Oblast", "UA", "Kyiv region", null);
        assertRegion("Kassala", "SD", "Kassala State", null);
        assertRegion("Chin State", "MM", "Chin State", "MM");
        assertRegion("Asir", "SA", "Asir", null);
        assertRegion("Borno", "NG", "Borno state", null);
        assertRegion("Plateau State", "NG", "Plateau State", null);
        assertRegion("Lower Shabelle", "SO", "Lower Shabelle region", null);
        assertRegion("Galguduud", "SO", "Galgaduud", null);
    }

    @Test
    void aCommonWordIsNoRegionUnlessNamedAsOne() {
        assertTrue(geocoder.region("Bay", null).isEmpty(), "the Bay of a coast");
        assertTrue(geocoder.region("Delta", null).isEmpty(), "a river's delta");
        assertRegion("Bay Region", "SO", "Bay Region", null);
    }

    @Test
    void aNameOfTwoCountriesRegionsFollowsTheCountryHint() {
        assertRegion("Al Jawf Region", "SA", "Al Jawf", "SA");
        assertRegion("Al Jawf", "YE", "Al Jawf", "YE");
        assertTrue(geocoder.region("Saada", "SY").isEmpty(), "no Syrian region of that name");
    }

    @Test
    void aRegionHintOfAnotherCountryDoesNotPushAPlaceOutOfItsOwn() {
        Location aleppo = geocoder.locate("Aleppo", in("Salah al-Din", "SY"));
        assertEquals(Countries.name("SY"), aleppo.country(), aleppo.rule());
        assertEquals(1, aleppo.geoPrecision());
    }

    private void assertRegion(String admin1, String countryCode, String phrase, String countryHint) {
        Location loc = geocoder.region(phrase, countryHint).orElseThrow(() -> new AssertionError(phrase));
        assertEquals(admin1, loc.admin1(), phrase);
        assertEquals(Countries.name(countryCode), loc.country(), phrase);
        assertEquals(3, loc.geoPrecision(), phrase);
    }
}
