package org.sitrep.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The places a map labels: the largest of each cell of the view, from the built-in gazetteer. */
class PlaceGridTest {
    private final Gazetteer gazetteer = Gazetteers.builtin();

    @Test
    void theLargestPlaceOfAViewComesFirst() {
        List<Place> around = gazetteer.largestPlaces(36.5, 35.5, 37.9, 36.9, 1);
        assertEquals("Aleppo", around.get(0).name(), around.toString());
        assertTrue(around.size() <= 4, "one a cell, four cells: " + around.size());
    }

    @Test
    void placesOutsideTheBoxAndNonPopulatedOnesAreLeftOut() {
        List<Place> found = gazetteer.largestPlaces(36.1, 33.4, 36.5, 33.7, 50);
        assertTrue(found.size() > 5, "Damascus and its suburbs: " + found.size());
        for (int i = 0; i < found.size(); i++) {
            Place p = found.get(i);
            assertTrue(p.longitude() >= 36.1 && p.longitude() <= 36.5 && p.latitude() >= 33.4 && p.latitude() <= 33.7,
                    p.toString());
            assertEquals("P", p.featureClass(), p.toString());
            if (i > 0) {
                assertTrue(found.get(i - 1).population() >= p.population(), "largest first");
            }
        }
        assertTrue(found.stream().anyMatch(p -> p.name().equals("Damascus")), found.toString());
    }
}
