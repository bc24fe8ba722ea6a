package org.sitrep.server.areas;

import java.util.Collection;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Overlays that do not fail on nearly parallel edges: JTS's classic overlay throws a
 * TopologyException on thousands of cells cut by circles and coasts; OverlayNG retries with snapping.
 */
final class Overlay {
    private Overlay() {
    }

    static Geometry intersection(Geometry a, Geometry b) {
        return OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION);
    }

    static Geometry union(Collection<Geometry> parts) {
        return OverlayNGRobust.union(parts);
    }
}
