package org.sitrep.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CountriesTest {

    @Test
    void aCountryIsNamedAsAcledNamesIt() {
        assertEquals("Democratic Republic of Congo", Countries.name("CD"));
        assertEquals("Republic of Congo", Countries.name("cg"));
        assertEquals("Palestine", Countries.name("PS"));
        assertEquals("Myanmar", Countries.name("MM"));
        assertEquals("Ivory Coast", Countries.name("CI"));
    }

    @Test
    void otherwiseItHasTheJdksEnglishName() {
        assertEquals("Syria", Countries.name("SY"));
        assertEquals("Ukraine", Countries.name("UA"));
        assertEquals("Congo - Kinshasa", Countries.jdkName("CD"));
        assertNull(Countries.name(null));
    }
}
