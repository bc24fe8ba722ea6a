package org.sitrep.server.build;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the lines and the polygons' outer rings of a GeoJSON document as a stream, one at a time, so
 * a file of millions of points is never a tree in memory. Holes are skipped (an island in a lake is
 * no detail for a base map). A geometry's {@code type} must come before its {@code coordinates}, as
 * every common writer puts it.
 */
final class GeoJsonShapes {
    /** Receives each line or outer ring; {@code area} is true for a polygon's ring. */
    interface Sink {
        void shape(List<double[]> points, boolean area);
    }

    private GeoJsonShapes() {
    }

    static void read(JsonParser p, Sink sink) throws IOException {
        String type = null;
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
            if (t != JsonToken.FIELD_NAME) {
                continue;
            }
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (field.equals("type") && value == JsonToken.VALUE_STRING) {
                type = p.getText();
            } else if (field.equals("coordinates")) {
                coordinates(p, type, sink);
            }
        }
    }

    private static void coordinates(JsonParser p, String type, Sink sink) throws IOException {
        switch (type == null ? "" : type) {
            case "LineString" -> sink.shape(positions(p), false);
            case "MultiLineString" -> each(p, () -> sink.shape(positions(p), false));
            case "Polygon" -> polygon(p, sink);
            case "MultiPolygon" -> each(p, () -> polygon(p, sink));
            case "Point", "MultiPoint" -> p.skipChildren();
            default -> throw new IOException("a geometry's 'coordinates' come before its 'type' (or the type '" + type
                    + "' is unknown) at " + p.currentLocation());
        }
    }

    /** A polygon's rings: the first is its outline, the others holes. */
    private static void polygon(JsonParser p, Sink sink) throws IOException {
        boolean[] first = {true};
        each(p, () -> {
            if (first[0]) {
                first[0] = false;
                sink.shape(positions(p), true);
            } else {
                p.skipChildren();
            }
        });
    }

    private interface Item {
        void read() throws IOException;
    }

    /** With the parser on an array's start, reads each element (the parser on its first token). */
    private static void each(JsonParser p, Item item) throws IOException {
        expectArray(p);
        while (p.nextToken() != JsonToken.END_ARRAY) {
            item.read();
        }
    }

    private static List<double[]> positions(JsonParser p) throws IOException {
        List<double[]> points = new ArrayList<>();
        each(p, () -> {
            expectArray(p);
            p.nextToken();
            double lon = p.getDoubleValue();
            p.nextToken();
            double lat = p.getDoubleValue();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                p.skipChildren(); // an elevation
            }
            points.add(new double[] {lon, lat});
        });
        return points;
    }

    private static void expectArray(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new IOException("expected an array of coordinates at " + p.currentLocation());
        }
    }
}
