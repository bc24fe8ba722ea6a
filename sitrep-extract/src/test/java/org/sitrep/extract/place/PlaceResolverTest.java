package org.sitrep.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.FakeGeocoder;
import org.sitrep.model.Location;

class PlaceResolverTest {
    static final PlaceMention TAL_SUKKAR = place("Tal Sukkar", null);
    static final PlaceMention UNKNOWN_VILLAGE = place("Umm Hawsh", "village");
    static final PlaceMention STADIUM = place("stadium", "stadium");

    private final FakeGeocoder geocoder = new FakeGeocoder();
    private final PlaceResolver resolver = new PlaceResolver(geocoder);

    private static PlaceMention place(String text, String feature) {
        return new PlaceMention(0, text.length(), text, feature, null, 1, false);
    }

    @Test
    void theRegionHintPicksAmongNamesakes() {
        assertEquals(FakeGeocoder.TAL_SUKKAR_HAMA,
                resolver.resolve(TAL_SUKKAR, FakeGeocoder.HAMA, "SY", List.of(), null).placeId());
        assertEquals(FakeGeocoder.TAL_SUKKAR_IDLIB,
                resolver.resolve(TAL_SUKKAR, FakeGeocoder.IDLIB, "SY", List.of(), null).placeId());
        assertEquals(FakeGeocoder.TAL_SUKKAR_IDLIB,
                resolver.entry(TAL_SUKKAR, FakeGeocoder.IDLIB, "SY", List.of()).id());
    }

    @Test
    void anUnknownVillageIsPlacedAtItsRegionWithPrecisionThree() {
        Location loc = resolver.resolve(UNKNOWN_VILLAGE, FakeGeocoder.HAMA, "SY", List.of(), null);
        assertEquals("Umm Hawsh", loc.name());
        assertEquals(FakeGeocoder.HAMA, loc.admin1());
        assertEquals(3, loc.geoPrecision());
        assertTrue(loc.placed());
        assertNull(resolver.entry(UNKNOWN_VILLAGE, FakeGeocoder.HAMA, "SY", List.of()));
    }

    @Test
    void withoutARegionAnUnknownVillageStaysUnplaced() {
        Location loc = resolver.resolve(UNKNOWN_VILLAGE, null, "SY", List.of(), null);
        assertFalse(loc.placed());
        assertEquals("Umm Hawsh", loc.mention());
    }

    @Test
    void aSiteInsideTheParagraphsCityIsPlacedAtTheCity() {
        Location city = geocoder.locate("Qalat Nur", new org.sitrep.gazetteer.GeoContext(null, "SY", List.of(), "city"));
        Location loc = resolver.resolve(STADIUM, FakeGeocoder.IDLIB, "SY", List.of(), city);
        assertEquals("stadium", loc.name());
        assertEquals(2, loc.geoPrecision());
        assertEquals(city.latitude(), loc.latitude());
        assertTrue(loc.alternateNames().contains("Qalat Nur"));
        assertTrue(loc.rule().contains("Qalat Nur"), loc.rule());
    }

    @Test
    void aRegionMentionKeepsItsWordsAndTheArea() {
        Location hama = geocoder.region("northern Hama", "SY").orElseThrow();
        PlaceMention m = new PlaceMention(0, 13, "northern Hama", "region", hama, 1, true);
        Location loc = resolver.resolve(m, null, "SY", List.of(), null);
        assertEquals("northern Hama", loc.mention());
        assertEquals(FakeGeocoder.HAMA, loc.admin1());
        assertEquals(3, loc.geoPrecision());
        assertNull(resolver.entry(m, null, "SY", List.of()));
    }

    /** A gazetteer whose best answer lies abroad: one Kramatorsk in Ukraine, two Tripolis, neither in Syria. */
    private static final class Abroad implements org.sitrep.gazetteer.Geocoder {
        @Override
        public Location locate(String mention, org.sitrep.gazetteer.GeoContext context) {
            String country = mention.equals("Kramatorsk") ? "Ukraine" : "Libya";
            return new Location(mention, mention, List.of(), null, null, country, 48.7, 37.5, 1, "name", 7L);
        }

        @Override
        public java.util.Optional<org.sitrep.gazetteer.Place> best(String mention,
                                                                   org.sitrep.gazetteer.GeoContext context) {
            return java.util.Optional.empty();
        }

        @Override
        public java.util.Optional<Location> region(String phrase, String countryHint) {
            return java.util.Optional.empty();
        }

        @Override
        public java.util.Optional<org.sitrep.gazetteer.Place> soleEntry(String name) {
            return name.equals("Kramatorsk") ? java.util.Optional.of(new org.sitrep.gazetteer.Place(7L, name,
                    List.of(), 48.7, 37.5, "P", "PPLA2", "UA", "Donetsk", null, 150_000)) : java.util.Optional.empty();
        }
    }

    @Test
    void aNameTheGazetteerHoldsOnceIsThatPlaceWhateverTheCountryInContext() {
        PlaceResolver abroad = new PlaceResolver(new Abroad());
        Location kramatorsk = abroad.resolve(place("Kramatorsk", null), null, "SY", List.of(), null);
        assertTrue(kramatorsk.placed(), kramatorsk.rule());
        assertEquals("Ukraine", kramatorsk.country());
    }

    @Test
    void aNamesakeAbroadIsNotTakenForAPlaceOfTheCountryInContext() {
        PlaceResolver abroad = new PlaceResolver(new Abroad());
        Location tripoli = abroad.resolve(place("Tripoli", null), null, "SY", List.of(), null);
        assertFalse(tripoli.placed());
        assertTrue(tripoli.rule().contains("namesake"), tripoli.rule());
        assertTrue(abroad.resolve(place("Tripoli", null), null, null, List.of(), null).placed(), "no country: ranked");
    }
}
