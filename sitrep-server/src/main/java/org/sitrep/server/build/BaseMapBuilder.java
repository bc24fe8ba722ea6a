package org.sitrep.server.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Build step: turns the country outlines of the npm package {@code world-atlas} (TopoJSON, from
 * Natural Earth) into the GeoJSON the web map draws as its offline base layer. Coordinates are
 * rounded to 0.001° (about 100 m, finer than the 1:50m source) to keep the file small.
 *
 * <p>Usage: {@code BaseMapBuilder TOPOLOGY.json OBJECT OUTPUT.geojson}; skips the work when the
 * output is newer than the input.
 */
public final class BaseMapBuilder {
    static final double STEP = 1000;

    private BaseMapBuilder() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: BaseMapBuilder TOPOLOGY.json OBJECT OUTPUT.geojson");
        }
        Path input = Path.of(args[0]);
        Path output = Path.of(args[2]);
        if (!Files.exists(input)) {
            throw new IllegalStateException("sitrep-server: " + input + " is missing: the build fetches it with"
                    + " `npm pack world-atlas` (needs node, npm and the npm registry); run `mvn package` online once");
        }
        if (Files.exists(output) && Files.getLastModifiedTime(output).compareTo(Files.getLastModifiedTime(input)) > 0) {
            System.out.println("sitrep-server: base map up to date (" + output.getFileName() + ")");
            return;
        }
        ObjectMapper mapper = new ObjectMapper();
        JsonNode topology = mapper.readTree(input.toFile());
        List<TopoJson.Shape> shapes = new TopoJson(topology).shapes(topology, args[1]);
        GeoJsonOut.file(output, out -> write(mapper, shapes, out));
        System.out.printf("sitrep-server: base map: %d shapes from %s, %d KB%n", shapes.size(), input.getFileName(),
                Files.size(output) / 1024);
    }

    /**
     * A GeoJSON FeatureCollection, one MultiPolygon feature per shape, properties {@code name} and
     * {@code label} (the point where its name goes).
     */
    static void write(ObjectMapper mapper, List<TopoJson.Shape> shapes, OutputStream out) throws IOException {
        GeoJsonOut.collection(mapper, out, g -> {
            for (TopoJson.Shape s : shapes) {
                List<List<List<double[]>>> polygons = rounded(s.polygons());
                if (polygons.isEmpty()) {
                    continue;
                }
                GeoJsonOut.startFeature(g, s.id());
                g.writeStringField("name", s.name());
                double[] label = LabelPoint.of(polygons);
                if (label != null) {
                    // where the page writes the country's name: inside its largest polygon
                    g.writeFieldName("label");
                    GeoJsonOut.point(g, new double[] {Admin1Builder.round(label[0]), Admin1Builder.round(label[1])});
                }
                GeoJsonOut.geometry(g, "MultiPolygon");
                g.writeStartArray();
                for (List<List<double[]>> polygon : polygons) {
                    g.writeStartArray();
                    for (List<double[]> ring : polygon) {
                        GeoJsonOut.line(g, ring);
                    }
                    g.writeEndArray();
                }
                g.writeEndArray();
                GeoJsonOut.endFeature(g);
            }
        });
    }

    /**
     * The polygons with coordinates rounded and repeated points dropped; a ring left with fewer than
     * four points (a closed triangle) is gone, and so is a polygon whose outer ring is gone.
     */
    static List<List<List<double[]>>> rounded(List<List<List<double[]>>> polygons) {
        List<List<List<double[]>>> out = new ArrayList<>();
        for (List<List<double[]>> polygon : polygons) {
            List<List<double[]>> rings = new ArrayList<>();
            for (List<double[]> ring : polygon) {
                List<double[]> r = new ArrayList<>();
                for (double[] p : ring) {
                    double[] q = {Math.round(p[0] * STEP) / STEP, Math.round(p[1] * STEP) / STEP};
                    double[] last = r.isEmpty() ? null : r.get(r.size() - 1);
                    if (last == null || last[0] != q[0] || last[1] != q[1]) {
                        r.add(q);
                    }
                }
                if (r.size() >= 4) {
                    rings.add(r);
                } else if (rings.isEmpty()) {
                    break; // the outer ring vanished: its holes mean nothing
                }
            }
            if (!rings.isEmpty()) {
                out.add(rings);
            }
        }
        return out;
    }
}
