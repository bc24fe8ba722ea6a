package org.sitrep.gazetteer;

import java.util.Locale;

/** Country names for ISO 3166 alpha-2 codes ("SY" → "Syria"), from the JDK's locale data. */
public final class Countries {

    private Countries() {
    }

    /** The English name, or the code itself when the JDK does not know it; null for null. */
    public static String name(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String name = new Locale("", code.toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.ENGLISH);
        return name == null || name.isBlank() ? code : name;
    }
}
