package org.sitrep.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The populated places (feature class P) filed by 1° cell, each cell's largest first: what a map
 * asks for to label a view, without looking at the places outside it.
 */
final class PlaceGrid {
    private final PlaceRows rows;
    private final Map<Integer, int[]> cells = new HashMap<>();

    PlaceGrid(PlaceIndex index) {
        this.rows = index.rows();
        Map<Integer, List<Integer>> filed = new HashMap<>();
        for (int n = 0; n < rows.size(); n++) {
            // the columns, not the rows: most places are never decoded
            if ("P".equals(rows.featureClass(n))) {
                filed.computeIfAbsent(cell(rows.longitude(n), rows.latitude(n)), k -> new ArrayList<>()).add(n);
            }
        }
        Comparator<Integer> largestFirst = largestFirst();
        filed.forEach((cell, numbers) -> {
            numbers.sort(largestFirst);
            cells.put(cell, numbers.stream().mapToInt(Integer::intValue).toArray());
        });
    }

    private Comparator<Integer> largestFirst() {
        return Comparator.comparingLong((Integer n) -> -rows.population(n))
                .thenComparingLong(n -> rows.id(n));
    }

    static int cell(double lon, double lat) {
        int x = (int) Math.floor(Math.max(-180, Math.min(179.999, lon))) + 180;
        int y = (int) Math.floor(Math.max(-90, Math.min(89.999, lat))) + 90;
        return y * 360 + x;
    }

    /** Place numbers in the box, at most perCell a cell, largest first. */
    List<Integer> largest(double west, double south, double east, double north, int perCell) {
        List<Integer> out = new ArrayList<>();
        int x0 = (int) Math.floor(Math.max(-180, west)) + 180;
        int x1 = (int) Math.floor(Math.min(179.999, east)) + 180;
        int y0 = (int) Math.floor(Math.max(-90, south)) + 90;
        int y1 = (int) Math.floor(Math.min(89.999, north)) + 90;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                int[] numbers = cells.get(y * 360 + x);
                if (numbers == null) {
                    continue;
                }
                int taken = 0;
                for (int i = 0; i < numbers.length && taken < perCell; i++) {
                    double lon = rows.longitude(numbers[i]);
                    double lat = rows.latitude(numbers[i]);
                    if (lon >= west && lon <= east && lat >= south && lat <= north) {
                        out.add(numbers[i]);
                        taken++;
                    }
                }
            }
        }
        out.sort(largestFirst());
        return out;
    }
}
