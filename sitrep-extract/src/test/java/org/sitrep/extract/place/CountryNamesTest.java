package org.sitrep.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CountryNamesTest {
    @Test
    void englishNamesToIsoCodes() {
        assertEquals("SY", CountryNames.code("Syria"));
        assertEquals("IQ", CountryNames.code("iraq"));
        assertEquals("IL", CountryNames.code("Israel"));
        assertNull(CountryNames.code("Hama"));
        assertNull(CountryNames.code(null));
    }

    @Test
    void acledsNamesTheJdksAndALeadingArticle() {
        assertEquals("CD", CountryNames.code("Democratic Republic of Congo"));
        assertEquals("CD", CountryNames.code("Congo - Kinshasa"));
        assertEquals("CZ", CountryNames.code("the Czech Republic"));
        assertEquals("PS", CountryNames.code("Palestine"));
    }
}
