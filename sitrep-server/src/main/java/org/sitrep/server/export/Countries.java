package org.sitrep.server.export;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * A country as ACLED writes it: its English name, three-letter code (for {@code event_id_cnty}),
 * ISO numeric code and ACLED region. Events give a country as a two- or three-letter code or a name.
 */
final class Countries {
    static final String RESOURCE = "acled-countries.tsv";

    /** ACLED's columns for one country; {@code iso} and {@code region} are empty when unknown. */
    record Country(String name, String iso3, String iso, String region) {
        static final Country UNKNOWN = new Country("", "XXX", "", "");
    }

    private final Map<String, String> codeByAnyName = new HashMap<>();
    private final Map<String, String[]> isoAndRegion = new HashMap<>();

    Countries() {
        for (String code : Locale.getISOCountries()) {
            Locale l = new Locale("", code);
            codeByAnyName.put(code.toLowerCase(Locale.ROOT), code);
            codeByAnyName.put(org.sitrep.gazetteer.Countries.jdkName(code).toLowerCase(Locale.ROOT), code);
            codeByAnyName.put(org.sitrep.gazetteer.Countries.name(code).toLowerCase(Locale.ROOT), code);
            try {
                codeByAnyName.put(l.getISO3Country().toLowerCase(Locale.ROOT), code);
            } catch (MissingResourceException e) {
                // a code without a three-letter form: known by its name and two letters only
            }
        }
        for (String[] row : TsvResource.rows(RESOURCE, 3)) {
            isoAndRegion.put(row[0].toUpperCase(Locale.ROOT), new String[] {row[1], row[2]});
        }
    }

    Country of(String country) {
        if (country == null || country.isBlank()) {
            return Country.UNKNOWN;
        }
        String code = codeByAnyName.get(country.strip().toLowerCase(Locale.ROOT));
        if (code == null) {
            return new Country(country.strip(), "XXX", "", "");
        }
        Locale l = new Locale("", code);
        String[] extra = isoAndRegion.getOrDefault(code, new String[] {"", ""});
        String iso3;
        try {
            iso3 = l.getISO3Country();
        } catch (MissingResourceException e) {
            iso3 = code;
        }
        return new Country(org.sitrep.gazetteer.Countries.name(code), iso3, extra[0], extra[1]);
    }
}
