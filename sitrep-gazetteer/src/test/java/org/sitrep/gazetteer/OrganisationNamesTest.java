package org.sitrep.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrganisationNamesTest {

    private final OrganisationNames names = OrganisationNames.standard();

    @Test
    void aNameEndingAsAnOrganisationsGivesItsLeadingWordsLongestFirst() {
        assertEquals(List.of("Tabriz Tractor", "Tabriz"), names.townCandidates("Tabriz Tractor Company"));
        assertEquals(List.of("Qazvin Rail", "Qazvin"), names.townCandidates("Qazvin Rail Station"));
        assertEquals(List.of("Mosul"), names.townCandidates("Mosul University"));
        assertEquals(List.of("Kut"), names.townCandidates("the Kut Textile Factory"),
                "words that end such names are never the town");
        assertEquals(List.of("Sanandaj"), names.townCandidates("Sanandaj Municipality's"));
    }

    @Test
    void otherNamesGiveNothing() {
        assertEquals(List.of(), names.townCandidates("Tabriz"), "one word is the place itself");
        assertEquals(List.of(), names.townCandidates("Tabriz Bazaar"));
        assertEquals(List.of(), names.townCandidates("Company"));
        assertEquals(List.of(), names.townCandidates("the Union of Free Workers of the North Steel"),
                "a long title is not a town and its works");
    }
}
