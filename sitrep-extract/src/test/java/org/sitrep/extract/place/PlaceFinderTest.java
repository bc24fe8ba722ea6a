package org.sitrep.extract.place;

import org.sitrep.extract.English;
import org.sitrep.extract.lang.LanguageFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.FakeGeocoder;
import org.sitrep.extract.actor.ActorDictionary;
import org.sitrep.extract.actor.ActorMatcher;
import org.sitrep.extract.text.Token;
import org.sitrep.extract.text.Tokenizer;

class PlaceFinderTest {
    static final String KNOWN_LIST = "The SAA liberated the villages of Tal Sukkar, Kafr Ruwayha and Khirbat Jalal in "
            + "northern Hama.";
    static final String UNKNOWN_LIST = "The army captured the villages of Umm Hawsh, Tal Zahab and Jubb Abyad.";
    static final String REGION = "Clashes broke out in northern Hama.";
    static final String COUNTRYSIDE = "Fighting raged in the Idlib countryside.";
    static final String LOCATOR = "HTS shelled Ayn Dalfa, near Kafr Ruwayha.";
    static final String RIVER = "ISIS attacked SDF positions on the eastern bank of the Euphrates.";
    static final String RIVER_THEN_PLACE = "SDF posts on the bank of the Euphrates river near Marj Hilal were hit.";
    static final String ORIGIN = "The rebels advanced on Bayt Warda from the direction of Qalat Nur.";
    static final String CITY_AND_SITE = "In the city of Qalat Nur, rebels liberated the stadium.";
    static final String PERSON = "Said Hassan said the strike hit Bayt Warda.";
    static final String FEATURE_AFTER = "Fighting continued in Wadi Sahm village.";
    static final String ACTOR_NOT_PLACE = "The Syrian Democratic Forces fought the Islamic State.";

    private static final ActorMatcher ACTORS = new ActorMatcher(ActorDictionary.bundled());
    private final PlaceFinder finder = new PlaceFinder(new FakeGeocoder(), English.LANGUAGE.lexicon(LanguageFile.PLACES));

    private List<PlaceMention> find(String s) {
        List<Token> t = Tokenizer.tokenize(s);
        return finder.find(s, t, ACTORS.find(s, t), null, null);
    }

    private List<String> texts(String s) {
        return find(s).stream().map(PlaceMention::text).toList();
    }

    @Test
    void aListOfVillagesIsOneListOfPlaces() {
        List<PlaceMention> p = find(KNOWN_LIST);
        assertEquals(List.of("Tal Sukkar", "Kafr Ruwayha", "Khirbat Jalal", "northern Hama"),
                p.stream().map(PlaceMention::text).toList());
        assertEquals(p.get(0).list(), p.get(1).list());
        assertEquals(p.get(0).list(), p.get(2).list());
        assertTrue(p.get(3).list() != p.get(0).list(), "the region is no part of the list");
        assertTrue(p.get(0).known());
    }

    @Test
    void unknownNamesInAListOfVillagesAreVillages() {
        List<PlaceMention> p = find(UNKNOWN_LIST);
        assertEquals(List.of("Umm Hawsh", "Tal Zahab", "Jubb Abyad"), p.stream().map(PlaceMention::text).toList());
        for (PlaceMention m : p) {
            assertFalse(m.known(), m.text());
            assertEquals("villages", m.feature(), m.text());
            assertEquals(p.get(0).list(), m.list());
        }
    }

    @Test
    void aDirectionMakesARegion() {
        PlaceMention r = find(REGION).get(0);
        assertEquals("northern Hama", r.text());
        assertTrue(r.isRegion());
        assertEquals(FakeGeocoder.HAMA, r.region().admin1());
        assertEquals(REGION.indexOf("northern"), r.start());
        PlaceMention c = find(COUNTRYSIDE).get(0);
        assertEquals("Idlib countryside", c.text());
        assertEquals(FakeGeocoder.IDLIB, c.region().admin1());
    }

    @Test
    void aPossessiveEndingIsNoPartOfTheName() {
        assertEquals(List.of("Qalat Nur"), texts("Shells fell on Qalat Nur's main market."));
        assertEquals(List.of("Bayt Warda"), texts("Rebels held Bayt Warda’s eastern edge."));
        PlaceMention r = find("Jets struck a village in Hama's western countryside.").get(0);
        assertEquals(FakeGeocoder.HAMA, r.region() == null ? r.text() : r.region().admin1());
    }

    @Test
    void aNameAfterAStancePrefixIsNoPlace() {
        assertEquals(List.of("Bayt Warda"), texts("Pro-Hadi troops and anti-Houthi tribesmen entered Bayt Warda."));
        assertEquals(List.of(), texts("The ex-ISIS fighters surrendered to the pro-Kurdish units."));
        assertEquals(List.of("al-Suwayqa"), texts("Rebels shelled al-Suwayqa."), "an article before the dash is still a name");
    }

    @Test
    void aPlaceAfterNearOnlyLocatesTheOneBefore() {
        List<PlaceMention> p = find(LOCATOR);
        assertEquals(List.of("Ayn Dalfa", "Kafr Ruwayha"), p.stream().map(PlaceMention::text).toList());
        assertEquals(PlaceMention.Role.SCENE, p.get(0).role());
        assertEquals(PlaceMention.Role.LOCATOR, p.get(1).role());
    }

    @Test
    void aRiverBankIsNoPlace() {
        assertEquals(List.of(), texts(RIVER));
        assertEquals(List.of("Marj Hilal"), texts(RIVER_THEN_PLACE));
    }

    @Test
    void whereAnOrganisationIsBasedIsNoPlaceOfTheText() {
        assertEquals(List.of("Bayt Warda"), texts("The Basra-based monitor said jets hit Bayt Warda."));
        assertEquals(List.of("Qalat Nur"), texts("A Qalat Nur-based group of activists reported the strike on Qalat Nur."),
                "named again as a scene, it is one");
    }

    @Test
    void whereForcesCameFromIsAnOrigin() {
        List<PlaceMention> p = find(ORIGIN);
        assertEquals(PlaceMention.Role.SCENE, p.get(0).role());
        assertEquals("Qalat Nur", p.get(1).text());
        assertEquals(PlaceMention.Role.ORIGIN, p.get(1).role());
    }

    @Test
    void aCityAndALowerCaseSiteInIt() {
        List<PlaceMention> p = find(CITY_AND_SITE);
        assertEquals(List.of("Qalat Nur", "stadium"), p.stream().map(PlaceMention::text).toList());
        assertEquals("city", p.get(0).feature());
        assertEquals("stadium", p.get(1).feature());
    }

    @Test
    void aNameFollowedBySaidIsAPerson() {
        assertEquals(List.of("Bayt Warda"), texts(PERSON));
    }

    @Test
    void aFeatureWordAfterAnUnknownNameMakesItAPlace() {
        PlaceMention p = find(FEATURE_AFTER).get(0);
        assertEquals("Wadi Sahm", p.text());
        assertEquals("village", p.feature());
    }

    @Test
    void actorNamesAreNoPlaces() {
        assertEquals(List.of(), texts(ACTOR_NOT_PLACE));
    }

    @Test
    void offsetsPointIntoTheSentence() {
        for (String s : List.of(KNOWN_LIST, UNKNOWN_LIST, REGION, LOCATOR, ORIGIN, CITY_AND_SITE)) {
            for (PlaceMention m : find(s)) {
                assertEquals(m.text(), s.substring(m.start(), m.end()), s);
            }
        }
    }

    @Test
    void theSourceOfAnAttributionIsNoPlace() {
        List<PlaceMention> p = find("According to SANA, the SAA killed 20 HTS militants near Tal Sukkar.");
        assertEquals(List.of("Tal Sukkar"), p.stream().map(PlaceMention::text).toList());
        assertEquals(PlaceMention.Role.SCENE, p.get(0).role());
    }

    private List<PlaceMention> findInWarOf(String s, String actorsCountry) {
        List<Token> t = Tokenizer.tokenize(s);
        return finder.find(s, t, ACTORS.find(s, t), null, null, actorsCountry);
    }

    @Test
    void aRegionOrLargeTownRunIntoAHeadlinesOtherCapitalsIsStillFound() {
        List<PlaceMention> idlib = findInWarOf("Jets pound Syrias Idlib Wire Desk Friday.", "SY");
        assertTrue(idlib.stream().anyMatch(p -> p.isRegion() && "Idlib".equals(p.region().admin1())), idlib.toString());
        List<PlaceMention> basra = findInWarOf("Blast rocks Iraqs Basra Night Desk", "IQ");
        assertTrue(basra.stream().anyMatch(p -> p.text().equals("Basra")), basra.toString());
    }

    @Test
    void withNoWarInContextOrAPersonsNameNothingIsPickedOutOfARun() {
        assertTrue(findInWarOf("Jets pound Syrias Idlib Wire Desk Friday.", null).stream()
                .noneMatch(PlaceMention::isRegion));
        assertTrue(findInWarOf("Blast rocks Iraqs Basra Night Desk", "SY").stream()
                .noneMatch(p -> p.text().equals("Basra")), "a town of another war's country is not picked out");
    }

    @Test
    void aCountrysPossessiveThatLostItsApostropheIsNotPartOfTheName() {
        for (String s : List.of("Jets struck a checkpoint in western Syrias Idlib province on Sunday.",
                "Rebels shelled villages in Syrias Idlib countryside.", "The army shelled Syrias Idlib.")) {
            List<PlaceMention> found = findInWarOf(s, "SY");
            assertTrue(found.stream().anyMatch(p -> p.isRegion() && FakeGeocoder.IDLIB.equals(p.region().admin1())),
                    s + " " + found);
            assertTrue(found.stream().noneMatch(p -> p.text().startsWith("Syrias")), s + " " + found);
        }
    }

    @Test
    void aDateLinesWordsStartNoPlace() {
        for (String s : List.of("Last updated at Oct 04 2017 in the capital.", "Date of publication 18 July 2016",
                "Published Sept 12 by the agency.")) {
            assertTrue(findInWarOf(s, "SY").isEmpty(), s + " " + findInWarOf(s, "SY"));
        }
    }

    @Test
    void aCountryRightAfterAPlaceOnlySaysWhereItIs() {
        List<PlaceMention> found = find("Drones struck the port of Umm Qasr in Jordan on Monday.");
        assertEquals(List.of("Umm Qasr", "Jordan"), found.stream().map(PlaceMention::text).toList());
        assertEquals(PlaceMention.Role.LOCATOR, found.get(1).role());
        assertEquals(PlaceMention.Role.PARTY, find("Jordan lost two soldiers near Umm Qasr.").stream()
                .filter(p -> p.text().equals("Jordan")).findFirst().map(PlaceMention::role).orElse(null),
                "a country acting is no scene");
    }
}
