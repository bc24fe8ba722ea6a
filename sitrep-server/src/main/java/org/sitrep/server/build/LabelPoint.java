package org.sitrep.server.build;

import java.util.ArrayList;
import java.util.List;

/**
 * Where an area's name goes: inside its largest polygon, at the middle of the widest span of the
 * horizontal line through the polygon's middle latitude. Unlike a centroid it never falls outside
 * a crescent or a U-shaped province.
 */
final class LabelPoint {
    private LabelPoint() {
    }

    /** The label point of a shape's polygons (each a list of rings, the outer one first), or null. */
    static double[] of(List<List<List<double[]>>> polygons) {
        List<double[]> best = null;
        double bestArea = 0;
        for (List<List<double[]>> polygon : polygons) {
            if (polygon.isEmpty()) {
                continue;
            }
            double a = Math.abs(area(polygon.get(0)));
            if (best == null || a > bestArea) {
                best = polygon.get(0);
                bestArea = a;
            }
        }
        return best == null ? null : inside(best);
    }

    /** Half the shoelace sum: the signed area in square degrees. */
    static double area(List<double[]> ring) {
        double sum = 0;
        for (int i = 0, n = ring.size(); i < n; i++) {
            double[] p = ring.get(i);
            double[] q = ring.get((i + 1) % n);
            sum += p[0] * q[1] - q[0] * p[1];
        }
        return sum / 2;
    }

    static double[] inside(List<double[]> ring) {
        double south = Double.MAX_VALUE;
        double north = -Double.MAX_VALUE;
        for (double[] p : ring) {
            south = Math.min(south, p[1]);
            north = Math.max(north, p[1]);
        }
        // nudged off the middle so the line does not run exactly through a vertex
        double y = (south + north) / 2 + (north - south) * 1e-6;
        List<Double> crossings = new ArrayList<>();
        for (int i = 0, n = ring.size(); i < n; i++) {
            double[] p = ring.get(i);
            double[] q = ring.get((i + 1) % n);
            if ((p[1] <= y) != (q[1] <= y)) {
                crossings.add(p[0] + (y - p[1]) / (q[1] - p[1]) * (q[0] - p[0]));
            }
        }
        crossings.sort(null);
        double x = ring.get(0)[0];
        double widest = -1;
        for (int i = 0; i + 1 < crossings.size(); i += 2) {
            double w = crossings.get(i + 1) - crossings.get(i);
            if (w > widest) {
                widest = w;
                x = (crossings.get(i) + crossings.get(i + 1)) / 2;
            }
        }
        return new double[] {x, y};
    }
}
