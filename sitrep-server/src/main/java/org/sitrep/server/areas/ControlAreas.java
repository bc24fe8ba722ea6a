package org.sitrep.server.areas;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Geometry;

/**
 * The areas each side holds on a day and the front lines between them.
 *
 * @param areas     per side, the union of its places' cells (polygonal)
 * @param places    per side, how many places it holds
 * @param fronts    where two sides' areas meet
 * @param contested places whose holder sources dispute (left blank)
 */
public record ControlAreas(Map<String, Geometry> areas, Map<String, Integer> places, List<Front> fronts,
        int contested) {

    /** The line where the areas of {@code sideA} and {@code sideB} (in name order) meet. */
    public record Front(String sideA, String sideB, Geometry lines) {
    }

    public ControlAreas {
        // in side order, so the answer is the same bytes every time
        areas = Collections.unmodifiableMap(new TreeMap<>(areas));
        places = Collections.unmodifiableMap(new TreeMap<>(places));
        fronts = List.copyOf(fronts);
    }
}
