package org.sitrep.gazetteer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceTest {
    private final Place town = new Place(1, "Tal Hamid", List.of("Tell Hamid", "Tall Hamid"), 30.4, 47.7, "P", "PPL",
            "IQ", "Basra", null, 30_000);

    @Test
    void aPlaceIsNamedByItsNameOrAnAlternateNameAsWritten() {
        assertTrue(town.isNamed("Tal Hamid"));
        assertTrue(town.isNamed("tell hamid"));
        assertTrue(town.isNamed("Tall Hamid"));
    }

    @Test
    void notByAnotherNameOrNothing() {
        assertFalse(town.isNamed("Tal Hamidiya"));
        assertFalse(town.isNamed("Hamid"));
        assertFalse(town.isNamed("--"));
    }
}
