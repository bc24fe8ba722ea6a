package org.sitrep.server.geojson;

/** A GeoJSON Point: coordinates are longitude, latitude (in that order, as GeoJSON has them). */
public record Point(String type, double[] coordinates) {
    public static Point of(double longitude, double latitude) {
        return new Point("Point", new double[] {longitude, latitude});
    }
}
