package org.sitrep.gazetteer;

/**
 * Whether a place lies in a region: by the place's admin1 (from its file or from the area
 * polygons), or, for a place with no admin1, by distance from the region's centre.
 */
final class RegionMembership {

    /** How far from a governorate's centre a place with no admin1 may lie and count as inside. */
    static final double RADIUS_KM = 60;

    private final Regions regions;

    RegionMembership(Regions regions) {
        this.regions = regions;
    }

    /** The governorate a region is or lies in. */
    Region governorate(Region region) {
        return region.admin1Level() ? region : regions.admin1(region.countryCode(), region.admin1()).orElse(region);
    }

    boolean contains(Region region, Place place) {
        Region gov = governorate(region);
        if (!gov.countryCode().equals(place.countryCode())) {
            return false;
        }
        if (place.admin1() != null) {
            return regions.admin1(place.countryCode(), place.admin1())
                    .map(r -> r.name().equals(gov.name()))
                    .orElseGet(() -> NameKey.of(place.admin1()).equals(NameKey.of(gov.name())));
        }
        return Geo.km(gov.latitude(), gov.longitude(), place.latitude(), place.longitude()) <= RADIUS_KM;
    }
}
