package org.sitrep.server.geojson;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.server.view.IncidentView;
import org.sitrep.server.view.PageView;

/**
 * A page of events as a GeoJSON FeatureCollection. {@code total}, {@code page}, {@code size} and
 * {@code unplaced} (events of this page without coordinates, not drawn) are foreign members.
 */
public record EventCollection(String type, long total, int page, int size, int unplaced, List<Feature> features) {

    public static EventCollection of(PageView<IncidentView> p) {
        List<Feature> features = new ArrayList<>();
        int unplaced = 0;
        for (IncidentView v : p.items()) {
            Feature f = EventProperties.feature(v);
            if (f == null) {
                unplaced++;
            } else {
                features.add(f);
            }
        }
        return new EventCollection("FeatureCollection", p.total(), p.page(), p.size(), unplaced, features);
    }
}
