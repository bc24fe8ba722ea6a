package org.sitrep.server.build;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a TopoJSON topology (as the npm package {@code world-atlas} ships it) into plain
 * polygons: arcs are delta-encoded integers scaled by the topology's {@code transform}; a ring
 * lists arc indexes, {@code ~i} (that is {@code -i-1}) meaning arc {@code i} reversed, and
 * consecutive arcs share their joining point.
 */
final class TopoJson {
    /** One object of the topology: its id, name and polygons (each a list of rings of [lon, lat]). */
    record Shape(String id, String name, List<List<List<double[]>>> polygons) {
    }

    private final List<List<double[]>> arcs = new ArrayList<>();

    TopoJson(JsonNode topology) {
        JsonNode transform = topology.get("transform");
        double sx = 1, sy = 1, tx = 0, ty = 0;
        if (transform != null && !transform.isNull()) {
            sx = transform.get("scale").get(0).asDouble();
            sy = transform.get("scale").get(1).asDouble();
            tx = transform.get("translate").get(0).asDouble();
            ty = transform.get("translate").get(1).asDouble();
        }
        boolean quantized = transform != null && !transform.isNull();
        for (JsonNode arc : topology.get("arcs")) {
            List<double[]> points = new ArrayList<>(arc.size());
            double x = 0;
            double y = 0;
            for (JsonNode p : arc) {
                if (quantized) {
                    x += p.get(0).asDouble();
                    y += p.get(1).asDouble();
                    points.add(new double[] {x * sx + tx, y * sy + ty});
                } else {
                    points.add(new double[] {p.get(0).asDouble(), p.get(1).asDouble()});
                }
            }
            arcs.add(points);
        }
    }

    /** The Polygon and MultiPolygon geometries of the named object; other geometry types are skipped. */
    List<Shape> shapes(JsonNode topology, String object) {
        JsonNode collection = topology.get("objects").get(object);
        if (collection == null) {
            throw new IllegalArgumentException("the topology has no object '" + object + "'");
        }
        List<Shape> shapes = new ArrayList<>();
        for (JsonNode g : collection.get("geometries")) {
            String type = g.path("type").asText();
            List<List<List<double[]>>> polygons = new ArrayList<>();
            if (type.equals("Polygon")) {
                polygons.add(polygon(g.get("arcs")));
            } else if (type.equals("MultiPolygon")) {
                for (JsonNode p : g.get("arcs")) {
                    polygons.add(polygon(p));
                }
            } else {
                continue;
            }
            String id = g.hasNonNull("id") ? g.get("id").asText() : null;
            String name = g.path("properties").hasNonNull("name") ? g.get("properties").get("name").asText() : null;
            shapes.add(new Shape(id, name, polygons));
        }
        return shapes;
    }

    /** The points of arc {@code i} (not reversed). */
    List<double[]> arc(int i) {
        return arcs.get(i);
    }

    /** Number of arcs. */
    int arcCount() {
        return arcs.size();
    }

    private List<List<double[]>> polygon(JsonNode rings) {
        List<List<double[]>> out = new ArrayList<>();
        for (JsonNode ring : rings) {
            out.add(ring(ring));
        }
        return out;
    }

    /** The points of a ring: its arcs joined, each arc after the first without its first point. */
    List<double[]> ring(JsonNode arcIndexes) {
        List<double[]> points = new ArrayList<>();
        for (JsonNode a : arcIndexes) {
            int i = a.asInt();
            List<double[]> arc = arcs.get(i >= 0 ? i : ~i);
            int n = arc.size();
            for (int k = 0; k < n; k++) {
                if (k == 0 && !points.isEmpty()) {
                    continue;
                }
                points.add(arc.get(i >= 0 ? k : n - 1 - k));
            }
        }
        return points;
    }
}
