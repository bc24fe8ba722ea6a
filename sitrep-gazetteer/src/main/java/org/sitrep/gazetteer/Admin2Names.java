package org.sitrep.gazetteer;

import java.util.Map;

/**
 * A place's second-level administrative area: the name its GeoNames admin2 code has, else the
 * imported polygon it lies in. Read-only once built, so shared by threads.
 */
final class Admin2Names {
    private final Map<String, String> adminNames;
    private final AdminAreas areas;

    /** @param adminNames names by {@code level|country|code}, as the place files give them */
    Admin2Names(Map<String, String> adminNames, AdminAreas areas) {
        this.adminNames = adminNames;
        this.areas = areas;
    }

    String of(PlaceRow r) {
        String name = r.admin2Code().isEmpty() ? null
                : adminNames.get("2|" + r.countryCode() + "|" + r.admin1Code() + "." + r.admin2Code());
        if (name == null && areas != AdminAreas.NONE) {
            name = areas.admin2At(r.latitude(), r.longitude()).orElse(null);
        }
        return name;
    }
}
