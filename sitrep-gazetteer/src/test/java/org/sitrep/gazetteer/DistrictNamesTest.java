package org.sitrep.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A district as people write it meets the gazetteer's name; other districts stay apart. */
class DistrictNamesTest {
    private final DistrictNames names = DistrictNames.standard();

    @Test
    void theWordsAroundADistrictsNameAreDropped() {
        String afrin = names.key("Afrin");
        assertEquals(afrin, names.key("Afrin District"));
        assertEquals(afrin, names.key("the sub-district of AFRIN"));
        assertEquals(afrin, names.key("Mantiqat Afrin"));
        assertEquals(afrin, names.key("Āfrīn subdistrict"), "accents");
        assertNotEquals(afrin, names.key("Azaz District"));
    }

    @Test
    void transliterationsMeetAsPlaceNamesDo() {
        assertEquals(names.key("Al Bab District"), names.key("al-Bab"));
        assertEquals(names.key("Jisr ash-Shughur"), names.key("Jisr al-Shughur District"), "a sun letter's article");
    }

    @Test
    void aNameOfOnlySuchWordsIsComparedAsItIs() {
        assertEquals(names.key("District"), names.key("district"));
        assertNotEquals(names.key("District"), names.key("County"));
        assertNull(names.key("—"));
    }
}
