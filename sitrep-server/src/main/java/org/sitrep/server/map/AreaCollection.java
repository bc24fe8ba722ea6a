package org.sitrep.server.map;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.gazetteer.AdminArea;

/**
 * Admin areas as a GeoJSON FeatureCollection. The gazetteer keeps an area's rings without saying
 * which are holes (a point is inside when an odd number of rings surround it), so each area is one
 * Polygon holding all its rings, to be filled with the even-odd rule (Leaflet's default).
 */
public record AreaCollection(String type, List<Feature> features) {

    public record Feature(String type, String id, Properties properties, Geometry geometry) {
    }

    /** {@code level} 1 for governorates / provinces, 2 for districts. */
    public record Properties(int level, String name, String nameAr, String pcode, String countryCode) {
    }

    public record Geometry(String type, List<List<double[]>> coordinates) {
    }

    /** Coordinates to 0.0001° (about 10 m): the areas were stored as floats, finer digits are noise. */
    public static AreaCollection of(List<AdminArea> areas) {
        List<Feature> features = new ArrayList<>();
        for (AdminArea a : areas) {
            List<List<double[]>> rings = new ArrayList<>();
            for (double[] flat : a.rings()) {
                List<double[]> ring = new ArrayList<>(flat.length / 2);
                for (int i = 0; i + 1 < flat.length; i += 2) {
                    ring.add(new double[] {round(flat[i]), round(flat[i + 1])});
                }
                rings.add(ring);
            }
            String id = a.pcode() != null ? a.pcode() : a.level() + ":" + a.name();
            features.add(new Feature("Feature", id, new Properties(a.level(), a.name(), a.nameAr(), a.pcode(),
                    a.countryCode()), new Geometry("Polygon", rings)));
        }
        return new AreaCollection("FeatureCollection", features);
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
