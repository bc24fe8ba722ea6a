package org.sitrep.server.areas;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Areas of control as a GeoJSON FeatureCollection: one MultiPolygon feature per side
 * ({@code kind: "area"}, with its {@code side} and number of {@code places}) and one MultiLineString
 * per pair of sides that meet ({@code kind: "front"}, {@code sides}). Foreign members: {@code state_of}
 * (the day of the latest change of control the areas reflect), {@code radius_km} and
 * {@code contested} (places left blank because sources disagree). Coordinates to 0.001° (~100 m).
 */
final class AreasGeoJson {
    private static final JsonFactory JSON = new JsonFactory();
    private static final double STEP = 1000;

    private AreasGeoJson() {
    }

    static byte[] write(ControlAreas areas, LocalDate stateOf, double radiusKm, Geometry clip) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeStringField("state_of", stateOf == null ? null : stateOf.toString());
            g.writeNumberField("radius_km", radiusKm);
            g.writeNumberField("contested", areas.contested());
            g.writeArrayFieldStart("features");
            for (Map.Entry<String, Geometry> e : areas.areas().entrySet()) {
                Geometry area = clipped(e.getValue(), clip);
                if (area.isEmpty()) {
                    continue;
                }
                startFeature(g, "area");
                g.writeStringField("side", e.getKey());
                g.writeNumberField("places", areas.places().getOrDefault(e.getKey(), 0));
                g.writeEndObject();
                polygons(g, area);
                g.writeEndObject();
            }
            for (ControlAreas.Front f : areas.fronts()) {
                Geometry lines = clipped(f.lines(), clip);
                if (lines.isEmpty()) {
                    continue;
                }
                startFeature(g, "front");
                g.writeArrayFieldStart("sides");
                g.writeString(f.sideA());
                g.writeString(f.sideB());
                g.writeEndArray();
                g.writeEndObject();
                lines(g, lines);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A feature up to its open properties, starting with {@code kind}. */
    private static void startFeature(JsonGenerator g, String kind) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeObjectFieldStart("properties");
        g.writeStringField("kind", kind);
    }

    private static Geometry clipped(Geometry g, Geometry clip) {
        if (clip == null || clip.covers(g)) {
            return g;
        }
        return g.getEnvelopeInternal().intersects(clip.getEnvelopeInternal()) ? g.intersection(clip)
                : g.getFactory().createEmpty(2);
    }

    private static void polygons(JsonGenerator g, Geometry area) throws IOException {
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", "MultiPolygon");
        g.writeArrayFieldStart("coordinates");
        for (int i = 0; i < area.getNumGeometries(); i++) {
            if (!(area.getGeometryN(i) instanceof Polygon p) || p.isEmpty()) {
                continue; // an overlay may leave a stray line or point where cells touch
            }
            g.writeStartArray();
            ring(g, p.getExteriorRing().getCoordinates());
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                ring(g, p.getInteriorRingN(h).getCoordinates());
            }
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void lines(JsonGenerator g, Geometry lines) throws IOException {
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", "MultiLineString");
        g.writeArrayFieldStart("coordinates");
        for (int i = 0; i < lines.getNumGeometries(); i++) {
            if (lines.getGeometryN(i) instanceof LineString l && !l.isEmpty()) {
                g.writeStartArray();
                points(g, l.getCoordinates());
                g.writeEndArray();
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void ring(JsonGenerator g, Coordinate[] ring) throws IOException {
        g.writeStartArray();
        points(g, ring);
        g.writeEndArray();
    }

    /** Rounded points, a point equal to the one before it once rounded left out. */
    private static void points(JsonGenerator g, Coordinate[] points) throws IOException {
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        for (Coordinate c : points) {
            double x = Math.round(c.x * STEP) / STEP;
            double y = Math.round(c.y * STEP) / STEP;
            if (x == lastX && y == lastY) {
                continue;
            }
            g.writeStartArray();
            g.writeNumber(x);
            g.writeNumber(y);
            g.writeEndArray();
            lastX = x;
            lastY = y;
        }
    }
}
