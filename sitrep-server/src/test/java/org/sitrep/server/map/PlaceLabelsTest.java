package org.sitrep.server.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.gazetteer.Place;

/** The decluttering of names: the larger place keeps its label, a smaller one too close loses it. */
class PlaceLabelsTest {
    private static Place place(long id, String name, double lat, double lon, long population) {
        return new Place(id, name, List.of(), lat, lon, "P", "PPL", "SY", null, null, population);
    }

    @Test
    void aSmallerPlaceTooCloseToALargerOneIsNotNamedUntilZoomedIn() {
        Place city = place(1, "City", 36.20, 37.15, 2_000_000);
        Place village = place(2, "Village", 36.21, 37.17, 800);
        Place far = place(3, "Far town", 35.0, 38.5, 20_000);
        List<Place> largestFirst = List.of(city, far, village);

        List<PlaceLabels.Label> country = new PlaceLabels(7).pick(largestFirst, 100);
        assertEquals(List.of("City", "Far town"), country.stream().map(PlaceLabels.Label::name).toList());
        assertEquals(List.of(1, 2), country.stream().map(PlaceLabels.Label::rank).toList());

        List<PlaceLabels.Label> street = new PlaceLabels(13).pick(largestFirst, 100);
        assertEquals(3, street.size(), "2 km apart is far enough at zoom 13");
        assertEquals(1, new PlaceLabels(13).pick(largestFirst, 1).size(), "at most max labels");
    }

    @Test
    void aCellOffersNoMorePlacesThanItsLabelsCouldHold() {
        assertTrue(new PlaceLabels(2).perCell() <= 4, "a 1° cell is under 3 pixels at zoom 2");
        assertTrue(new PlaceLabels(12).perCell() > 100);
    }
}
