package org.sitrep.gazetteer;

import java.util.List;

/**
 * A named region: a first-level administrative area (a governorate) or a named part of one
 * ("Eastern Ghouta"), with the point where an event that the text places only in that region goes.
 *
 * @param admin1        display name of the governorate the region is (or lies in)
 * @param pcode         OCHA pcode of that governorate, or null outside the OCHA tables
 * @param geonamesCode  GeoNames admin1 code of the governorate ("01"…), or null for an area
 * @param precision     geo_precision of a location placed at the centre (3 governorate, 2 area)
 */
public record Region(
        boolean admin1Level,
        String countryCode,
        String pcode,
        String geonamesCode,
        String name,
        String nameAr,
        String admin1,
        double latitude,
        double longitude,
        int precision,
        List<String> spellings) {

    public Region {
        spellings = spellings == null ? List.of() : List.copyOf(spellings);
    }
}
