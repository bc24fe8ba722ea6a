package org.sitrep.extract.place;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.sitrep.gazetteer.Countries;

/** ISO 3166 codes for English country names ("Syria" → "SY"): the JDK's names and ACLED's. */
public final class CountryNames {
    private static final Map<String, String> CODES = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            CODES.put(Countries.jdkName(code).toLowerCase(Locale.ROOT), code);
            CODES.put(Countries.name(code).toLowerCase(Locale.ROOT), code); // ACLED's, where it differs
        }
    }

    private CountryNames() {
    }

    /** The code of a country name, or null. */
    public static String code(String name) {
        if (name == null) {
            return null;
        }
        String lower = name.strip().toLowerCase(Locale.ROOT);
        return CODES.get(lower.startsWith("the ") ? lower.substring(4) : lower); // "in the Czech Republic"
    }
}
