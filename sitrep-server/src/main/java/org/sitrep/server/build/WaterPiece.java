package org.sitrep.server.build;

import java.util.List;

/**
 * One piece of the rivers layer, as the web map draws it: a stretch of river as a line, or a lake or
 * a wide river as an area. The source maps water as polygons, rivers as chains of small ones; a
 * small, long polygon is drawn as the line along its length (its two farthest extreme points),
 * which a map at a country's scale shows as a dash of the river. Pieces smaller than
 * {@link #MIN_SIZE} are dropped: at the zooms the layer is drawn they are under two pixels.
 *
 * @param area true for a ring (closed, first point repeated last), false for a line
 */
record WaterPiece(List<double[]> points, boolean area) {
    /** About 1.5 km: smaller water is left out. */
    static final double MIN_SIZE = 0.015;
    /** About 5 km: smaller polygons become lines. */
    static final double LINE_SIZE = 0.05;
    /** About 500 m: finer than a pixel below zoom 8. */
    static final double TOLERANCE = 0.005;

    /** The piece a source line or ring becomes, or null when it is too small to draw. */
    static WaterPiece of(List<double[]> shape, boolean area) {
        if (shape.size() < 2 || size(shape) < MIN_SIZE) {
            return null;
        }
        if (area && size(shape) >= LINE_SIZE) {
            List<double[]> ring = Admin1Builder.rounded(new Simplifier(TOLERANCE).simplify(shape));
            if (ring.size() >= 4) {
                return new WaterPiece(ring, true);
            }
        }
        List<double[]> line = Admin1Builder.rounded(area ? axis(shape) : new Simplifier(TOLERANCE).simplify(shape));
        return line.size() >= 2 ? new WaterPiece(line, false) : null;
    }

    /** The larger of the shape's width and height, in degrees. */
    static double size(List<double[]> shape) {
        double[] box = box(shape);
        return Math.max(box[2] - box[0], box[3] - box[1]);
    }

    /** The farthest apart of the shape's westmost, eastmost, southmost and northmost points. */
    static List<double[]> axis(List<double[]> shape) {
        double[][] extremes = new double[4][];
        for (double[] p : shape) {
            if (extremes[0] == null || p[0] < extremes[0][0]) {
                extremes[0] = p;
            }
            if (extremes[1] == null || p[0] > extremes[1][0]) {
                extremes[1] = p;
            }
            if (extremes[2] == null || p[1] < extremes[2][1]) {
                extremes[2] = p;
            }
            if (extremes[3] == null || p[1] > extremes[3][1]) {
                extremes[3] = p;
            }
        }
        double[] a = extremes[0];
        double[] b = extremes[1];
        double longest = -1;
        for (int i = 0; i < 4; i++) {
            for (int j = i + 1; j < 4; j++) {
                double dx = extremes[i][0] - extremes[j][0];
                double dy = extremes[i][1] - extremes[j][1];
                if (dx * dx + dy * dy > longest) {
                    longest = dx * dx + dy * dy;
                    a = extremes[i];
                    b = extremes[j];
                }
            }
        }
        return a[0] <= b[0] ? List.of(a, b) : List.of(b, a);
    }

    /** West, south, east, north. */
    static double[] box(List<double[]> shape) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (double[] p : shape) {
            box[0] = Math.min(box[0], p[0]);
            box[1] = Math.min(box[1], p[1]);
            box[2] = Math.max(box[2], p[0]);
            box[3] = Math.max(box[3], p[1]);
        }
        return box;
    }
}
