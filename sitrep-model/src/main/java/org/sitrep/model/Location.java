package org.sitrep.model;

import java.util.List;

/**
 * Where an event happened.
 *
 * @param name           the gazetteer's name, or the mention when the place is in no gazetteer
 * @param mention        the place as written in the text
 * @param geoPrecision   ACLED convention: 1 the place itself, 2 near it / a district, 3 the region
 * @param rule           which rule placed it (for the analyst who asks why)
 * @param placeId        gazetteer id, or null
 */
public record Location(
        String name,
        String mention,
        List<String> alternateNames,
        String admin1,
        String admin2,
        String country,
        Double latitude,
        Double longitude,
        Integer geoPrecision,
        String rule,
        Long placeId) {

    public Location {
        alternateNames = alternateNames == null ? List.of() : List.copyOf(alternateNames);
    }

    public boolean placed() {
        return latitude != null && longitude != null;
    }

    /** Placed at a country alone ("strikes in Syria"): no region or town within it. */
    public boolean countryOnly() {
        return admin1 == null && country != null && geoPrecision != null && geoPrecision >= 3;
    }
}
