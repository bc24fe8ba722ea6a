package org.sitrep.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegionPhrasesTest {

    private final RegionPhrases phrases = new RegionPhrases(Regions.standard());

    private String admin1(String phrase) {
        Optional<Region> r = phrases.find(phrase);
        return r.map(Region::admin1).orElse(null);
    }

    @Test
    void directionAndCountrysideWordsAroundAGovernorate() {
        assertEquals("Hama", admin1("northern Hama"));
        assertEquals("Idlib", admin1("the southern Idlib countryside"));
        assertEquals("Deir ez-Zor", admin1("eastern Deir Ezzor"));
        assertEquals("Hama", admin1("Hama province"));
        assertEquals("Aleppo", admin1("the countryside of Aleppo"));
    }

    @Test
    void ruralDamascusIsNotDamascus() {
        assertEquals("Rif Dimashq", admin1("Rural Damascus"));
        assertEquals("Rif Dimashq", admin1("the Damascus countryside"));
        assertEquals("Rif Dimashq", admin1("Eastern Ghouta"));
        assertEquals("Damascus", admin1("Damascus"));
    }

    @Test
    void arabicNamesAndOtherSpellings() {
        assertEquals("Raqqa", admin1("الرقة"));
        assertEquals("Daraa", admin1("Dar'a"));
        assertEquals("Latakia", admin1("Lattakia"));
    }

    @Test
    void governoratesCarryBothAdmin1Codes() {
        Regions regions = Regions.standard();
        assertEquals("Hama", regions.byAdmin1Code("SY", "SY05").orElseThrow().name());
        assertEquals("Hama", regions.byAdmin1Code("SY", "10").orElseThrow().name());
        assertEquals("Deir ez-Zor", regions.byAdmin1Code("SY", "07").orElseThrow().name());
        assertEquals("Baghdad", regions.byAdmin1Code("IQ", "07").orElseThrow().name());
        assertTrue(regions.byAdmin1Code("IQ", "SY05").isEmpty(), "a Syrian pcode is no Iraqi code");
        assertTrue(regions.byAdmin1Code("IQ", "99").isEmpty());
        assertEquals(14, regions.all().stream().filter(r -> r.admin1Level() && r.countryCode().equals("SY")).count());
    }

    @Test
    void notARegion() {
        assertTrue(phrases.find("the militants").isEmpty());
        assertTrue(phrases.find("northern").isEmpty());
    }
}
