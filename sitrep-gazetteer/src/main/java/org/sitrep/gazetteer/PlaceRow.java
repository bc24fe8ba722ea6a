package org.sitrep.gazetteer;

import java.util.List;

/**
 * One gazetteer row as stored: the GeoNames columns Sitrep uses, admin areas still as codes
 * (resolved to display names when the gazetteer loads), and the row's name keys precomputed so
 * that loading needs no normalisation.
 */
public record PlaceRow(
        long id,
        String name,
        List<String> alternateNames,
        double latitude,
        double longitude,
        String featureClass,
        String featureCode,
        String countryCode,
        String admin1Code,
        String admin2Code,
        long population,
        List<String> keys) {

    /** The lists are taken as they are (loading hands in lazily split ones): do not change them. */
    public PlaceRow {
        alternateNames = alternateNames == null ? List.of() : alternateNames;
        keys = keys == null ? List.of() : keys;
    }
}
