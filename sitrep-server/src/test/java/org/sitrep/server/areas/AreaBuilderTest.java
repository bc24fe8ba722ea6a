package org.sitrep.server.areas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Areas over a made-up square country (36..38 E, 34..36 N) with a neighbour to its east: three
 * government towns in the west, two rebel towns beside them, one rebel town far east.
 */
class AreaBuilderTest {
    private static final GeometryFactory F = new GeometryFactory();
    private static final String COUNTRIES = """
            {"type": "FeatureCollection", "features": [
             {"type": "Feature", "properties": {"name": "Squareland"}, "geometry": {"type": "Polygon",
              "coordinates": [[[36, 34], [38, 34], [38, 36], [36, 36], [36, 34]]]}},
             {"type": "Feature", "properties": {"name": "Eastland"}, "geometry": {"type": "Polygon",
              "coordinates": [[[38, 34], [40, 34], [40, 36], [38, 36], [38, 34]]]}}]}""";

    private final AreaBuilder builder;

    AreaBuilderTest() throws Exception {
        CountryOutlines outlines = CountryOutlines.read(F, new ObjectMapper().readTree(COUNTRIES));
        builder = new AreaBuilder(F, () -> outlines, 25);
    }

    private static final List<HeldSite> SITES = List.of(
            new HeldSite(36.5, 35.0, "government"), new HeldSite(36.5, 35.2, "government"),
            new HeldSite(36.6, 34.8, "government"), new HeldSite(36.8, 35.0, "opposition"),
            new HeldSite(36.8, 35.2, "opposition"), new HeldSite(37.9, 35.0, "opposition"));

    @Test
    void eachSideGetsTheGroundNearestItsPlaces() {
        ControlAreas areas = builder.build(SITES);
        assertEquals(List.of("government", "opposition"), List.copyOf(areas.areas().keySet()));
        Geometry gov = areas.areas().get("government");
        Geometry reb = areas.areas().get("opposition");
        assertTrue(gov.covers(point(36.55, 35.0)), "beside a government town");
        assertTrue(reb.covers(point(36.75, 35.0)), "beside a rebel town");
        assertFalse(gov.intersects(point(36.75, 35.0)));
        assertEquals(3, areas.places().get("government"));
        assertEquals(3, areas.places().get("opposition"));
    }

    @Test
    void groundFarFromEveryKnownPlaceStaysBlank() {
        ControlAreas areas = builder.build(SITES);
        // 37.35 E is ~50 km from the nearest town on either side: beyond the 25 km radius
        Coordinate between = new Coordinate(37.35, 35.0);
        areas.areas().values().forEach(a -> assertFalse(a.intersects(F.createPoint(between))));
    }

    @Test
    void anAreaStopsAtItsCountrysBorder() {
        Geometry reb = builder.build(SITES).areas().get("opposition");
        assertTrue(reb.covers(point(37.95, 35.0)), "the far town's own side of the border");
        assertFalse(reb.intersects(point(38.1, 35.0)), "the neighbour's ground, 10 km from the town");
    }

    @Test
    void aFrontRunsWhereTwoSidesAreasMeetAndNowhereElse() {
        ControlAreas areas = builder.build(SITES);
        assertEquals(1, areas.fronts().size());
        ControlAreas.Front front = areas.fronts().get(0);
        assertEquals("government", front.sideA());
        assertEquals("opposition", front.sideB());
        assertTrue(front.lines().getLength() > 0.2, "along the two columns of towns: " + front.lines());
        // the line lies midway between the columns, on both areas' edges
        Geometry gov = areas.areas().get("government");
        Geometry reb = areas.areas().get("opposition");
        assertTrue(gov.buffer(1e-6).covers(front.lines()) && reb.buffer(1e-6).covers(front.lines()));
        assertTrue(front.lines().getEnvelopeInternal().getMaxX() < 37, "no front by the lone eastern town");
    }

    @Test
    void aContestedPlaceIsBlankButBoundsItsNeighbours() {
        List<HeldSite> sites = List.of(new HeldSite(36.5, 35.0, "government"), new HeldSite(36.7, 35.0, null));
        ControlAreas areas = builder.build(sites);
        assertEquals(1, areas.contested());
        Geometry gov = areas.areas().get("government");
        assertTrue(gov.covers(point(36.55, 35.0)));
        assertFalse(gov.intersects(point(36.65, 35.0)), "nearer the disputed place: nobody's");
        assertTrue(areas.fronts().isEmpty());
    }

    @Test
    void twoPlacesAtOnePointHeldByDifferentSidesAreDisputed() {
        ControlAreas areas = builder.build(List.of(new HeldSite(36.5, 35.0, "government"),
                new HeldSite(36.5, 35.0, "opposition")));
        assertTrue(areas.areas().isEmpty());
        assertEquals(1, areas.contested());
    }

    @Test
    void noHeldPlaceNoArea() {
        ControlAreas areas = builder.build(List.of());
        assertTrue(areas.areas().isEmpty() && areas.fronts().isEmpty());
    }

    private static Geometry point(double lon, double lat) {
        return F.createPoint(new Coordinate(lon, lat));
    }
}
