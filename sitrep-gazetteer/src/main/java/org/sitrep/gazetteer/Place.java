package org.sitrep.gazetteer;

import java.util.List;

/**
 * One gazetteer entry, in the terms of the GeoNames {@code geoname} table.
 *
 * @param admin1 the governorate / first-level area's display name (not its code), or null
 * @param admin2 the second-level area's display name, or null
 */
public record Place(
        long id,
        String name,
        List<String> alternateNames,
        double latitude,
        double longitude,
        String featureClass,
        String featureCode,
        String countryCode,
        String admin1,
        String admin2,
        long population) {

    public Place {
        alternateNames = alternateNames == null ? List.of() : List.copyOf(alternateNames);
    }

    /** Feature class A: an administrative area rather than a populated place or a site. */
    public boolean isAdminArea() {
        return "A".equals(featureClass);
    }

    /** Whether the name as written is this place's name or one of its alternate names (not a variant of either). */
    public boolean isNamed(String written) {
        String key = NameKey.of(written);
        if (key.isEmpty()) {
            return false;
        }
        if (key.equals(NameKey.of(name))) {
            return true;
        }
        for (String alternate : alternateNames) {
            if (key.equals(NameKey.of(alternate))) {
                return true;
            }
        }
        return false;
    }

    /** A country (feature code PCL, PCLI, PCLD...): named as a party or a region more often than as a scene. */
    public boolean isCountry() {
        return featureCode != null && featureCode.startsWith("PCL");
    }
}
