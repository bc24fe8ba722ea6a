package org.sitrep.gazetteer;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Country names for ISO 3166 alpha-2 codes ("SY" → "Syria"): ACLED's name where it differs from
 * the JDK's ({@code acled-country-names.tsv}: "Democratic Republic of Congo", not "Congo -
 * Kinshasa"), else the JDK's English name.
 */
public final class Countries {
    private static final Map<String, String> ACLED_NAMES = new HashMap<>();

    static {
        for (String line : WordList.lines("acled-country-names.tsv")) {
            String[] f = line.split("\t");
            if (f.length >= 2) {
                ACLED_NAMES.put(f[0].strip().toUpperCase(Locale.ROOT), f[1].strip());
            }
        }
    }

    private Countries() {
    }

    /** The English name, or the code itself when the JDK does not know it; null for null. */
    public static String name(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String upper = code.toUpperCase(Locale.ROOT);
        String acled = ACLED_NAMES.get(upper);
        if (acled != null) {
            return acled;
        }
        String name = new Locale("", upper).getDisplayCountry(Locale.ENGLISH);
        return name == null || name.isBlank() ? code : name;
    }

    /** The JDK's English name of the code, which texts may also use ("Czechia"); null for null. */
    public static String jdkName(String code) {
        return code == null ? null : new Locale("", code.toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.ENGLISH);
    }
}
