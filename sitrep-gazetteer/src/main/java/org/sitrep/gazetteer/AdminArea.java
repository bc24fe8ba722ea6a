package org.sitrep.gazetteer;

import java.util.List;

/**
 * An admin area's outline: rings of (longitude, latitude) pairs, outer rings and holes alike
 * (a point is inside when an odd number of rings surround it, so holes and islands need no
 * special case).
 *
 * @param level  1 for governorates / provinces, 2 for districts
 * @param rings  each ring as {lon0, lat0, lon1, lat1, …}
 */
public record AdminArea(int level, String countryCode, String pcode, String name, String nameAr,
                        List<double[]> rings, double minLon, double minLat, double maxLon, double maxLat) {

    public AdminArea {
        rings = List.copyOf(rings);
    }

    /** An area with its bounding box computed from the rings. */
    static AdminArea of(int level, String countryCode, String pcode, String name, String nameAr, List<double[]> rings) {
        double minLon = Double.MAX_VALUE;
        double minLat = Double.MAX_VALUE;
        double maxLon = -Double.MAX_VALUE;
        double maxLat = -Double.MAX_VALUE;
        for (double[] ring : rings) {
            for (int i = 0; i + 1 < ring.length; i += 2) {
                minLon = Math.min(minLon, ring[i]);
                maxLon = Math.max(maxLon, ring[i]);
                minLat = Math.min(minLat, ring[i + 1]);
                maxLat = Math.max(maxLat, ring[i + 1]);
            }
        }
        return new AdminArea(level, countryCode, pcode, name, nameAr, rings, minLon, minLat, maxLon, maxLat);
    }

    /** Whether the point lies inside (even-odd rule over all rings; bounding box first). */
    public boolean contains(double lat, double lon) {
        if (lat < minLat || lat > maxLat || lon < minLon || lon > maxLon) {
            return false;
        }
        boolean inside = false;
        for (double[] ring : rings) {
            int n = ring.length / 2;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                double xi = ring[2 * i];
                double yi = ring[2 * i + 1];
                double xj = ring[2 * j];
                double yj = ring[2 * j + 1];
                if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }
}
