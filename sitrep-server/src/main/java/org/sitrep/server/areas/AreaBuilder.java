package org.sitrep.server.areas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.operation.linemerge.LineMerger;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;
import org.locationtech.jts.util.GeometricShapeFactory;

/**
 * Areas of control from held places: each place gets its Voronoi cell (the ground nearer to it than
 * to any other known place), cut to a radius around it and to its country, and the cells are merged
 * by side. Ground beyond the radius of every known place stays blank: nobody reported on it. A front
 * is the shared edge of two neighbouring cells held by different sides, where both cells reach.
 */
public final class AreaBuilder {
    private static final double KM_PER_DEGREE_LAT = 110.57;
    private static final double KM_PER_DEGREE_LON_EQUATOR = 111.32;

    private final GeometryFactory factory;
    private final Supplier<CountryOutlines> countries;
    private final double radiusKm;

    /** @param countries asked for on first use (reading the outlines takes a second) */
    public AreaBuilder(GeometryFactory factory, Supplier<CountryOutlines> countries, double radiusKm) {
        this.factory = factory;
        this.countries = countries;
        this.radiusKm = radiusKm;
    }

    public double radiusKm() {
        return radiusKm;
    }

    public ControlAreas build(List<HeldSite> held) {
        Map<Coordinate, HeldSite> sites = distinct(held);
        if (sites.isEmpty()) {
            return new ControlAreas(Map.of(), Map.of(), List.of(), 0);
        }
        VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
        voronoi.setSites(sites.keySet());
        Envelope frame = new Envelope();
        sites.keySet().forEach(frame::expandToInclude);
        frame.expandBy(2 * radiusKm / KM_PER_DEGREE_LAT * 2);
        voronoi.setClipEnvelope(frame);
        Geometry diagram = voronoi.getDiagram(factory);

        Map<Coordinate, Geometry> cells = new HashMap<>();
        for (int i = 0; i < diagram.getNumGeometries(); i++) {
            Geometry cell = diagram.getGeometryN(i);
            cells.put((Coordinate) cell.getUserData(), cell);
        }
        Map<String, List<Geometry>> pieces = new TreeMap<>();
        Map<String, Integer> places = new TreeMap<>();
        int contested = 0;
        for (Map.Entry<Coordinate, HeldSite> e : sites.entrySet()) {
            HeldSite site = e.getValue();
            if (site.side() == null) {
                contested++;
                continue;
            }
            Geometry cell = cells.get(e.getKey());
            if (cell == null) {
                continue;
            }
            Geometry piece = toCountry(site, cell.intersection(circle(site)));
            if (!piece.isEmpty()) {
                pieces.computeIfAbsent(site.side(), k -> new ArrayList<>()).add(piece);
            }
            places.merge(site.side(), 1, Integer::sum);
        }
        Map<String, Geometry> areas = new TreeMap<>();
        pieces.forEach((side, list) -> areas.put(side, UnaryUnionOp.union(list)));
        return new ControlAreas(areas, places, fronts(voronoi, sites, cells), contested);
    }

    /** Sites by coordinate; two places at one point held by different sides are one disputed site. */
    private static Map<Coordinate, HeldSite> distinct(List<HeldSite> held) {
        Map<Coordinate, HeldSite> sites = new LinkedHashMap<>();
        for (HeldSite s : held) {
            Coordinate c = new Coordinate(s.longitude(), s.latitude());
            HeldSite before = sites.putIfAbsent(c, s);
            if (before != null && before.side() != null && !before.side().equals(s.side())) {
                sites.put(c, new HeldSite(s.longitude(), s.latitude(), null));
            }
        }
        return sites;
    }

    /** Neighbouring cells (Delaunay edges) of different known sides: their shared edge where both reach. */
    private List<ControlAreas.Front> fronts(VoronoiDiagramBuilder voronoi, Map<Coordinate, HeldSite> sites,
            Map<Coordinate, Geometry> cells) {
        Map<String, LineMerger> bySides = new TreeMap<>();
        Geometry edges = voronoi.getSubdivision().getEdges(factory);
        for (int i = 0; i < edges.getNumGeometries(); i++) {
            LineString edge = (LineString) edges.getGeometryN(i);
            HeldSite a = sites.get(edge.getCoordinateN(0));
            HeldSite b = sites.get(edge.getCoordinateN(1));
            if (a == null || b == null || a.side() == null || b.side() == null || a.side().equals(b.side())) {
                continue;
            }
            Geometry cellA = cells.get(edge.getCoordinateN(0));
            Geometry cellB = cells.get(edge.getCoordinateN(1));
            if (cellA == null || cellB == null) {
                continue;
            }
            Geometry shared = cellA.intersection(cellB).intersection(circle(a)).intersection(circle(b));
            shared = toCountry(a, shared);
            if (shared.isEmpty() || shared.getLength() == 0) {
                continue;
            }
            boolean aFirst = a.side().compareTo(b.side()) < 0;
            String key = aFirst ? a.side() + "\u0000" + b.side() : b.side() + "\u0000" + a.side();
            bySides.computeIfAbsent(key, k -> new LineMerger()).add(shared);
        }
        List<ControlAreas.Front> fronts = new ArrayList<>();
        bySides.forEach((key, merger) -> {
            String[] sides = key.split("\u0000", 2);
            @SuppressWarnings("unchecked")
            List<LineString> lines = new ArrayList<>(merger.getMergedLineStrings());
            fronts.add(new ControlAreas.Front(sides[0], sides[1],
                    factory.createMultiLineString(lines.toArray(LineString[]::new))));
        });
        return fronts;
    }

    /** The part of {@code g} in the site's country; all of it when the site is in no known country. */
    private Geometry toCountry(HeldSite site, Geometry g) {
        CountryOutlines.Country country = countries.get().at(site.longitude(), site.latitude());
        if (country == null || g.isEmpty() || country.prepared().covers(g)) {
            return g;
        }
        return g.intersection(country.outline());
    }

    /** A circle of the radius on the ground: narrower in degrees of longitude away from the equator. */
    private Geometry circle(HeldSite site) {
        double cos = Math.max(0.05, Math.cos(Math.toRadians(site.latitude())));
        GeometricShapeFactory shape = new GeometricShapeFactory(factory);
        shape.setCentre(new Coordinate(site.longitude(), site.latitude()));
        shape.setWidth(2 * radiusKm / (KM_PER_DEGREE_LON_EQUATOR * cos));
        shape.setHeight(2 * radiusKm / KM_PER_DEGREE_LAT);
        shape.setNumPoints(32);
        return shape.createEllipse();
    }
}
