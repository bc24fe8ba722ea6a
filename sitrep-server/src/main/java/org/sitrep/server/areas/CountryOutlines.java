package org.sitrep.server.areas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The countries of the map's offline base layer (Natural Earth via world-atlas, built into the jar),
 * as JTS geometries indexed by their boxes: an area of control never crosses the coast or a border
 * its place is not on.
 */
public final class CountryOutlines {
    /** Where the build writes the base layer (see {@code BaseMapBuilder}). */
    static final String RESOURCE = "/web/basemap/countries.geojson";

    /** One country: its outline, and the same prepared for fast point and cover tests. */
    public record Country(String name, Geometry outline, PreparedGeometry prepared) {
    }

    private final GeometryFactory factory;
    private final STRtree index = new STRtree();
    private final int size;

    CountryOutlines(GeometryFactory factory, List<Country> countries) {
        this.factory = factory;
        for (Country c : countries) {
            index.insert(c.outline().getEnvelopeInternal(), c);
        }
        index.build();
        this.size = countries.size();
    }

    /** The outlines built into the jar; none when the jar was built without them (then nothing is clipped). */
    public static CountryOutlines builtIn(GeometryFactory factory) {
        try (InputStream in = CountryOutlines.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new CountryOutlines(factory, List.of());
            }
            return read(factory, new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in country outlines " + RESOURCE, e);
        }
    }

    /** A GeoJSON FeatureCollection of Polygon or MultiPolygon features with a {@code name}. */
    static CountryOutlines read(GeometryFactory factory, JsonNode collection) {
        List<Country> countries = new ArrayList<>();
        for (JsonNode f : collection.path("features")) {
            JsonNode g = f.path("geometry");
            JsonNode coords = g.path("coordinates");
            List<Polygon> polygons = new ArrayList<>();
            if ("Polygon".equals(g.path("type").asText())) {
                polygons.add(polygon(factory, coords));
            } else if ("MultiPolygon".equals(g.path("type").asText())) {
                for (JsonNode p : coords) {
                    polygons.add(polygon(factory, p));
                }
            }
            if (polygons.isEmpty()) {
                continue;
            }
            // outlines rounded to 0.001° may self-touch: buffer(0) makes them valid for overlay
            Geometry outline = factory.createMultiPolygon(polygons.toArray(Polygon[]::new)).buffer(0);
            countries.add(new Country(f.path("properties").path("name").asText(""), outline,
                    PreparedGeometryFactory.prepare(outline)));
        }
        return new CountryOutlines(factory, countries);
    }

    private static Polygon polygon(GeometryFactory factory, JsonNode rings) {
        LinearRing shell = ring(factory, rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(factory, rings.get(i));
        }
        return factory.createPolygon(shell, holes);
    }

    private static LinearRing ring(GeometryFactory factory, JsonNode points) {
        Coordinate[] c = new Coordinate[points.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = new Coordinate(points.get(i).get(0).asDouble(), points.get(i).get(1).asDouble());
        }
        if (!c[0].equals2D(c[c.length - 1])) {
            Coordinate[] closed = java.util.Arrays.copyOf(c, c.length + 1);
            closed[c.length] = new Coordinate(c[0]);
            c = closed;
        }
        return factory.createLinearRing(c);
    }

    /** The country a point lies in, or null (at sea, or no outlines). */
    public Country at(double longitude, double latitude) {
        Point p = factory.createPoint(new Coordinate(longitude, latitude));
        @SuppressWarnings("unchecked")
        List<Country> candidates = index.query(p.getEnvelopeInternal());
        for (Country c : candidates) {
            if (c.prepared().covers(p)) {
                return c;
            }
        }
        return null;
    }

    public int size() {
        return size;
    }
}
