package org.sitrep.extract.place;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** ISO 3166 codes for English country names ("Syria" → "SY"), from the JDK's locale data. */
public final class CountryNames {
    private static final Map<String, String> CODES = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            CODES.put(new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
        }
    }

    private CountryNames() {
    }

    /** The code of a country name, or null. */
    public static String code(String name) {
        return name == null ? null : CODES.get(name.toLowerCase(Locale.ROOT));
    }
}
