package org.sitrep.server.map;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.gazetteer.Place;

/**
 * Which places a map view names: the largest first, each kept only when its name does not crowd
 * one already kept at the view's zoom (cities at a country's scale, villages once zoomed in).
 * Distances are in Web Mercator pixels of 256-pixel tiles, as Leaflet draws.
 */
final class PlaceLabels {
    /** Room a label takes around its place, in pixels: about a name's width and a line's height. */
    static final double WIDTH = 90;
    static final double HEIGHT = 18;
    /** A label's size class for the page: 1 city, 2 town, 3 village. */
    static final long CITY = 100_000;
    static final long TOWN = 10_000;

    /** A named place on the map. */
    record Label(long id, String name, double latitude, double longitude, long population, int rank) {
    }

    private final int zoom;

    PlaceLabels(int zoom) {
        this.zoom = zoom;
    }

    /** How many of a 1° cell's places could be named at this zoom: no more than fit in the cell. */
    int perCell() {
        double cellPixels = 256 * Math.pow(2, zoom) / 360;
        double across = Math.ceil(cellPixels / WIDTH) + 1;
        double down = Math.ceil(cellPixels * 1.5 / HEIGHT) + 1; // a degree of latitude is taller away from the equator
        return (int) Math.min(2000, across * down);
    }

    /** The labels kept among candidates given largest first, at most {@code max}. */
    List<Label> pick(List<Place> largestFirst, int max) {
        List<double[]> kept = new ArrayList<>();
        List<Label> out = new ArrayList<>();
        for (Place p : largestFirst) {
            if (out.size() >= max) {
                break;
            }
            double[] xy = pixel(p.longitude(), p.latitude());
            boolean crowded = false;
            for (double[] k : kept) {
                if (Math.abs(k[0] - xy[0]) < WIDTH && Math.abs(k[1] - xy[1]) < HEIGHT) {
                    crowded = true;
                    break;
                }
            }
            if (!crowded) {
                kept.add(xy);
                out.add(new Label(p.id(), p.name(), p.latitude(), p.longitude(), p.population(), rank(p.population())));
            }
        }
        return out;
    }

    static int rank(long population) {
        return population >= CITY ? 1 : population >= TOWN ? 2 : 3;
    }

    double[] pixel(double lon, double lat) {
        double scale = 256 * Math.pow(2, zoom);
        double sin = Math.sin(Math.toRadians(Math.max(-85, Math.min(85, lat))));
        double x = (lon + 180) / 360 * scale;
        double y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale;
        return new double[] {x, y};
    }
}
