package org.sitrep.gazetteer;

import java.util.List;
import java.util.Optional;

/** {@link AdminAreas} over polygons: the first area of the level that contains the point. */
final class PolygonAreas implements AdminAreas {

    private final List<AdminArea> areas;

    PolygonAreas(List<AdminArea> areas) {
        this.areas = List.copyOf(areas);
    }

    List<AdminArea> areas() {
        return areas;
    }

    @Override
    public Optional<String> admin1At(double lat, double lon) {
        return at(1, lat, lon);
    }

    @Override
    public Optional<String> admin2At(double lat, double lon) {
        return at(2, lat, lon);
    }

    private Optional<String> at(int level, double lat, double lon) {
        for (AdminArea a : areas) {
            if (a.level() == level && a.contains(lat, lon)) {
                return Optional.of(a.name());
            }
        }
        return Optional.empty();
    }
}
