package org.sitrep.store.event;

/** A latitude/longitude rectangle, west-south-east-north as in GeoJSON's {@code bbox}. */
public record BoundingBox(double west, double south, double east, double north) {
    public BoundingBox {
        if (south > north) {
            throw new IllegalArgumentException("bbox: south " + south + " is above north " + north);
        }
        if (west > east) {
            throw new IllegalArgumentException("bbox: west " + west + " is east of " + east
                    + " (boxes across the antimeridian are not supported)");
        }
    }

    /** Parses {@code "west,south,east,north"}. */
    public static BoundingBox parse(String text) {
        String[] parts = text.split(",");
        if (parts.length != 4) {
            throw new IllegalArgumentException("bbox must be west,south,east,north: " + text);
        }
        try {
            return new BoundingBox(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()),
                    Double.parseDouble(parts[2].trim()), Double.parseDouble(parts[3].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bbox must be four numbers west,south,east,north: " + text, e);
        }
    }
}
