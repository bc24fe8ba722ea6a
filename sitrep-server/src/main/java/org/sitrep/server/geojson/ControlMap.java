package org.sitrep.server.geojson;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.store.control.Holding;

/**
 * The control map on a date as a GeoJSON FeatureCollection of points, one per place with a change
 * of control on or before the date. {@code date} and {@code unplaced} (places known only by name,
 * without coordinates, so not drawn) are foreign members.
 */
public record ControlMap(String type, LocalDate date, int unplaced, List<Feature> features) {

    public static ControlMap of(LocalDate date, List<Holding> holdings) {
        List<Feature> features = new ArrayList<>();
        int unplaced = 0;
        for (Holding h : holdings) {
            Feature f = feature(h);
            if (f == null) {
                unplaced++;
            } else {
                features.add(f);
            }
        }
        return new ControlMap("FeatureCollection", date, unplaced, features);
    }

    /** A holding's point; null when its place has no coordinates. */
    public static Feature feature(Holding h) {
        if (!h.place().located()) {
            return null;
        }
        return Feature.point(h.place().placeKey(), h.place().longitude(), h.place().latitude(), HoldingProperties.of(h));
    }
}
