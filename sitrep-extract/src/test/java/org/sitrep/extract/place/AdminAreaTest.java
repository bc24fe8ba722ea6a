package org.sitrep.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.English;
import org.sitrep.extract.FakeGeocoder;
import org.sitrep.extract.lang.LanguageFile;
import org.sitrep.extract.text.Token;
import org.sitrep.extract.text.Tokenizer;

/** An area named by its kind ("Chin State") is a region, known to the gazetteer or not. */
class AdminAreaTest {
    static final String STATE_ALONE = "Troops burned houses across Chin State.";
    static final String VILLAGE_IN_STATE = "Jets bombed the village of Kan Gyi in Rakhine State.";
    static final String OBLAST = "Shelling hit farms in Kherson Oblast overnight.";
    static final String KNOWN_PROVINCE = "Rebels shelled Bayt Warda in Idlib Province.";
    static final String RUN_ON = "Fighters took Rajm al Sheikh Region after clashes.";
    static final String KNOWN_WORD_INSIDE = "Jets struck Syrias Qalat Nur Province at dawn.";

    private final PlaceFinder finder = new PlaceFinder(new FakeGeocoder(),
            English.LANGUAGE.lexicon(LanguageFile.PLACES));

    private List<PlaceMention> find(String s) {
        List<Token> t = Tokenizer.tokenize(s);
        return finder.find(s, t, List.of(), null, null);
    }

    @Test
    void aStateNamedAloneIsARegionAtAdmin1Precision() {
        List<PlaceMention> p = find(STATE_ALONE);
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).isRegion());
        assertEquals("Chin", p.get(0).region().admin1());
        assertEquals(3, p.get(0).region().geoPrecision());
        assertFalse(p.get(0).region().placed(), "the gazetteer does not know it: no invented point");
    }

    @Test
    void theVillageNotTheStateIsThePlace() {
        List<PlaceMention> p = find(VILLAGE_IN_STATE);
        assertEquals(List.of("Kan Gyi", "Rakhine State"), p.stream().map(PlaceMention::text).toList());
        assertFalse(p.get(0).isRegion());
        assertTrue(p.get(1).isRegion());
        assertTrue(find(OBLAST).get(0).isRegion());
    }

    @Test
    void aProvinceTheGazetteerKnowsIsItsRegion() {
        PlaceMention idlib = find(KNOWN_PROVINCE).get(1);
        assertTrue(idlib.isRegion());
        assertEquals(FakeGeocoder.IDLIB, idlib.region().admin1());
        assertTrue(idlib.region().placed());
    }

    @Test
    void aLongerNameOrOneWithAKnownWordIsNoUnknownArea() {
        assertTrue(find(RUN_ON).stream().noneMatch(PlaceMention::isRegion), find(RUN_ON).toString());
        assertTrue(find(KNOWN_WORD_INSIDE).stream().noneMatch(m -> m.isRegion() && !m.region().placed()),
                find(KNOWN_WORD_INSIDE).toString());
    }

    @Test
    void anAreaWordsPossessiveEndingIsNoPartOfIt() {
        PlaceMention idlib = find("Shells hit the Hamra quarter of the Idlib province's Ariha district.").stream()
                .filter(PlaceMention::isRegion).findFirst().orElseThrow();
        assertEquals("Idlib province", idlib.text());
        assertEquals(FakeGeocoder.IDLIB, idlib.region().admin1());
        assertTrue(find("Drones struck a market in Chin State's capital.").get(0).isRegion());
        assertTrue(find("Troops entered Kherson Oblast's southern villages.").get(0).isRegion());
    }

    @Test
    void aVillageElsewhereKnownByTheRegionsNameIsNoSeatOfTheRegion() {
        PlaceMention region = find("Jets struck farms in Qalamoun.").get(0);
        assertTrue(region.isRegion(), region.toString());
        assertEquals(FakeGeocoder.QALAMOUN, region.region().admin1());
        PlaceMention basra = find("Police arrested two men in Basra.").get(0);
        assertFalse(basra.isRegion(), "the city of the region's name, in the region, is its seat");
    }

    @Test
    void aStreetNamedForACityIsNotTheCity() {
        List<PlaceMention> p = find("Shells fell on Basra street and on Bayt Warda.");
        assertEquals(List.of("Bayt Warda"), p.stream().map(PlaceMention::text).toList());
    }
}
