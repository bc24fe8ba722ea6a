package org.sitrep.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Location;

/** The geocoder over a small fixture gazetteer (no built-in places). */
class GeocoderTest {

    static final long HARASTA = 100001;
    static final long ALBU_KAMAL = 100002;
    static final long DEIR_EZ_ZOR = 100003;
    static final long KAFR_HAWAR = 100004;
    static final long BAYT_SABIR = 100005;
    static final long SARJAH_IDLIB = 100006;
    static final long SARJAH_HAMA = 100007;
    static final long TELL_SULTAN_IDLIB = 100008;
    static final long SALIHIYAH = 100011;
    static final long HAMA_CITY = 100012;

    @TempDir
    static Path dir;

    static Gazetteer gazetteer;
    static Geocoder geocoder;

    @BeforeAll
    static void load() throws IOException {
        gazetteer = Gazetteers.withoutBuiltin(null, List.of(Fixtures.copy("fixture-places.txt", dir)));
        geocoder = gazetteer.geocoder();
    }

    private static GeoContext in(String region) {
        return new GeoContext(region, null, List.of(), null);
    }

    private static long id(String mention, GeoContext context) {
        Location loc = geocoder.locate(mention, context);
        assertTrue(loc.placed(), mention + ": " + loc.rule());
        return loc.placeId() == null ? -1 : loc.placeId();
    }

    @Test
    void spellingVariantsFromReportsResolve() {
        assertEquals(HARASTA, id("Harsta", in("Rural Damascus")));
        assertEquals(HARASTA, id("Harasta", GeoContext.NONE));
        assertEquals(ALBU_KAMAL, id("al-Bukamal", GeoContext.NONE));
        assertEquals(ALBU_KAMAL, id("Abu Kamal", GeoContext.NONE));
        assertEquals(ALBU_KAMAL, id("Albu Kamal", GeoContext.NONE));
        assertEquals(DEIR_EZ_ZOR, id("Deir Ezzor", GeoContext.NONE));
        assertEquals(DEIR_EZ_ZOR, id("Dayr az Zawr", GeoContext.NONE));
        assertEquals(KAFR_HAWAR, id("Kfar Hawar", in("Rif Dimashq")));
        assertEquals(BAYT_SABIR, id("Beit Saber", in("Rif Dimashq")));
        assertEquals(SALIHIYAH, id("Salihyah", in("eastern Deir Ezzor")));
        assertEquals(HAMA_CITY, id("حماة", GeoContext.NONE));
    }

    @Test
    void theGovernorateTheTextNamesPicksAmongNamesakes() {
        assertEquals(SARJAH_HAMA, id("Sarjah", in("northern Hama")));
        assertEquals(SARJAH_IDLIB, id("Sarjah", in("the southern Idlib countryside")));
        Location loc = geocoder.locate("Sarjah", in("Idlib"));
        assertEquals("Idlib", loc.admin1());
        assertEquals("Syria", loc.country());
        assertEquals(1, loc.geoPrecision());
        assertTrue(loc.rule().contains("in Idlib"), loc.rule());
    }

    @Test
    void nearbyPlacesOfTheParagraphPickAmongNamesakes() {
        Place abuDuhur = geocoder.best("Abu al-Duhur", GeoContext.NONE).orElseThrow();
        GeoContext context = new GeoContext(null, null, List.of(abuDuhur), null);
        assertEquals(TELL_SULTAN_IDLIB, id("Tal Sultan", context));
        assertTrue(gazetteer.passCounts().get("near other places of the paragraph") > 0);
    }

    @Test
    void aNameOnlyKnownInAnotherGovernorateGoesToTheNamedGovernorateCentre() {
        Location loc = geocoder.locate("Kafr Hawar", in("northern Hama"));
        assertNull(loc.placeId());
        assertEquals(3, loc.geoPrecision());
        assertEquals("Hama", loc.admin1());
        assertEquals("Kafr Hawar", loc.name());
        assertTrue(loc.rule().startsWith("region centre: Hama"), loc.rule());
    }

    @Test
    void anUnknownPlaceKeepsItsNameAtTheRegionCentreOrStaysUnplaced() {
        Location atRegion = geocoder.locate("Zghaybah", in("eastern Deir Ezzor"));
        assertEquals("Zghaybah", atRegion.name());
        assertEquals("Zghaybah", atRegion.mention());
        assertEquals(3, atRegion.geoPrecision());
        assertEquals("Deir ez-Zor", atRegion.admin1());
        assertTrue(atRegion.placed());
        assertFalse(atRegion.latitude() == 0 && atRegion.longitude() == 0);

        Location nowhere = geocoder.locate("Zghaybah", GeoContext.NONE);
        assertFalse(nowhere.placed());
        assertNull(nowhere.geoPrecision());
        assertTrue(nowhere.rule().startsWith("unplaced"), nowhere.rule());
    }

    @Test
    void aSyrianRegionNeverYieldsAPlaceOutsideSyria() {
        // the fixture's only big Sarjah is in the Emirates
        Location loc = geocoder.locate("Sarjah", in("Raqqa"));
        assertEquals("Syria", loc.country());
        assertEquals(3, loc.geoPrecision());
    }

    @Test
    void withoutContextPopulationDecides() {
        assertEquals(100014, id("Sarjah", GeoContext.NONE));
        assertEquals(HAMA_CITY, id("Hama", GeoContext.NONE), "the city, not the governorate");
    }

    @Test
    void theSpellingAsWrittenPicksAmongNamesThatShareAKey() {
        // doubled letters collapse in the key: both names match, the writer's spelling decides
        assertEquals(100101, id("Tallaba", GeoContext.NONE), "the small town spelled so, not the big city");
        assertEquals(100101, id("TALLABA", GeoContext.NONE));
        assertEquals(100101, id("Tállaba", GeoContext.NONE), "accents are typography");
        assertEquals(100101, id("the town of Tallaba", GeoContext.NONE));
        assertEquals(100102, id("Talaba", GeoContext.NONE));
        assertEquals(100102, id("Tallabah", GeoContext.NONE), "spelled like neither: population decides");
    }

    @Test
    void anOrganisationInNoGazetteerIsInTheTownItIsNamedAfter() {
        assertEquals(HARASTA, id("Harasta Cement Company", GeoContext.NONE));
        assertEquals(HAMA_CITY, id("the Hama Steel Works", GeoContext.NONE));
        assertEquals(HAMA_CITY, id("Hama University", GeoContext.NONE));
        Location inOtherRegion = geocoder.locate("Harasta Cement Company", in("Raqqa"));
        assertEquals(3, inOtherRegion.geoPrecision(), "a town outside the region the text names: its centre");
        assertFalse(geocoder.locate("Harasta Cement Company", new GeoContext(null, "KZ", List.of(), null)).placed(),
                "a small town is no place for a text about another country");
    }

    @Test
    void aTownWhoseOwnNameReadsAsPartOfARegionIsThatTown() {
        assertEquals(100103, id("West Hama", GeoContext.NONE));
        assertEquals(100103, id("West Hama", in("Hama")));
        Location part = geocoder.locate("western Hama", GeoContext.NONE);
        assertEquals(3, part.geoPrecision(), "a direction before the region's name: the region");
        assertEquals(3, geocoder.locate("East Hama", GeoContext.NONE).geoPrecision(), "no town is called so");
        assertEquals(3, geocoder.locate("West Hama", new GeoContext(null, "KZ", List.of(), null)).geoPrecision(),
                "a small town abroad is no credible reading: the region");
    }

    @Test
    void theTextCallingItAProvincePrefersTheAdminArea() {
        assertEquals(100013, id("Hama", new GeoContext(null, null, List.of(), "province")));
    }

    @Test
    void regionPhrasesBecomeRegionLocations() {
        Location hama = geocoder.region("northern Hama", null).orElseThrow();
        assertEquals("Hama", hama.admin1());
        assertEquals(3, hama.geoPrecision());
        assertEquals("Syria", hama.country());
        Location ghouta = geocoder.region("Eastern Ghouta", "SY").orElseThrow();
        assertEquals("Rif Dimashq", ghouta.admin1());
        assertTrue(geocoder.region("Eastern Ghouta", "IQ").isEmpty());
        assertEquals("Quneitra", geocoder.region("the Golan", "SY").orElseThrow().admin1(), "the Syrian side's governorate");
        assertEquals("Rif Dimashq", geocoder.region("Barada valley", "SY").orElseThrow().admin1());
        assertEquals("Aleppo", geocoder.region("Efrin", "SY").orElseThrow().admin1(), "the Kurdish spelling of Afrin");
        assertTrue(geocoder.region("the militants", null).isEmpty());
        Location located = geocoder.locate("the southern Idlib countryside", GeoContext.NONE);
        assertEquals("Idlib", located.admin1());
        assertEquals(3, located.geoPrecision());
    }

    @Test
    void bestAcceptsExactNamesAndSupportedVariantsOnly() {
        assertTrue(geocoder.best("Harasta", GeoContext.NONE).isPresent());
        assertTrue(geocoder.best("Harsta", in("Rif Dimashq")).isPresent());
        assertTrue(geocoder.best("Harsta", GeoContext.NONE).isEmpty(), "a bare variant is not enough");
        assertTrue(geocoder.best("Government", GeoContext.NONE).isEmpty());
        assertTrue(geocoder.best("", GeoContext.NONE).isEmpty());
    }

    @Test
    void lookupExplainsEveryCandidate() {
        List<Candidate> candidates = gazetteer.lookup("Sarjah", in("Hama"));
        assertEquals(3, candidates.size());
        assertEquals(SARJAH_HAMA, candidates.get(0).place().id());
        assertTrue(candidates.get(0).reasons().contains("in Hama"), candidates.get(0).reasons().toString());
        assertTrue(candidates.get(1).reasons().stream().anyMatch(r -> r.startsWith("outside Hama")));
        assertTrue(candidates.get(0).score() > candidates.get(1).score());
    }

    @Test
    void fuzzyMatchingIsALastResortInsideTheRegion() {
        List<Candidate> c = gazetteer.lookup("Harastaa Bassal", in("Rif Dimashq"));
        assertTrue(c.isEmpty() || !c.get(0).match().equals("name"));
        Location loc = geocoder.locate("Kafr Hawwarr", in("Rif Dimashq"));
        assertEquals(KAFR_HAWAR, loc.placeId());
    }
}
