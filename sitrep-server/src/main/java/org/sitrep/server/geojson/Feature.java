package org.sitrep.server.geojson;

/** A GeoJSON Feature with a point and a properties object (any record). */
public record Feature(String type, Object id, Point geometry, Object properties) {
    public static Feature point(Object id, double longitude, double latitude, Object properties) {
        return new Feature("Feature", id, Point.of(longitude, latitude), properties);
    }
}
