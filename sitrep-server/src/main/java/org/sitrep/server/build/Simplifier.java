package org.sitrep.server.build;

import java.util.ArrayList;
import java.util.List;

/**
 * Douglas–Peucker line simplification in degrees: keeps a line's ends and every point farther than
 * the tolerance from the chord of the points kept around it. Boundaries drawn on a map of a
 * country need no detail finer than a pixel at the zooms they are read at.
 */
final class Simplifier {
    private final double tolerance;

    Simplifier(double tolerance) {
        this.tolerance = tolerance;
    }

    List<double[]> simplify(List<double[]> line) {
        int n = line.size();
        if (n <= 2) {
            return new ArrayList<>(line);
        }
        boolean[] keep = new boolean[n];
        keep[0] = true;
        keep[n - 1] = true;
        mark(line, 0, n - 1, keep);
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                out.add(line.get(i));
            }
        }
        return out;
    }

    /** Iterative, so a long coastline cannot overflow the stack. */
    private void mark(List<double[]> line, int first, int last, boolean[] keep) {
        java.util.ArrayDeque<int[]> spans = new java.util.ArrayDeque<>();
        spans.push(new int[] {first, last});
        while (!spans.isEmpty()) {
            int[] span = spans.pop();
            int a = span[0];
            int b = span[1];
            double farthest = -1;
            int at = -1;
            for (int i = a + 1; i < b; i++) {
                double d = distance(line.get(i), line.get(a), line.get(b));
                if (d > farthest) {
                    farthest = d;
                    at = i;
                }
            }
            if (at >= 0 && farthest > tolerance) {
                keep[at] = true;
                spans.push(new int[] {a, at});
                spans.push(new int[] {at, b});
            }
        }
    }

    /** Distance from p to the segment a–b (planar, in degrees). */
    static double distance(double[] p, double[] a, double[] b) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
        double x = a[0] + t * dx - p[0];
        double y = a[1] + t * dy - p[1];
        return Math.sqrt(x * x + y * y);
    }
}
