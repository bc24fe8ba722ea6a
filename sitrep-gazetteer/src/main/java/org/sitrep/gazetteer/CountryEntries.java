package org.sitrep.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Countries as gazetteer entries (feature code PCLI), so that "Iraq" or "Lebanon" resolve to the
 * country and not to a namesake town: the JDK's English name plus the aliases of
 * {@code country-aliases.tsv}, placed at the country's capital (the PPLC row of the gazetteer),
 * with a synthetic negative id ({@code -1000 - n}). A country with no capital in the gazetteer is
 * left out.
 */
final class CountryEntries {

    private CountryEntries() {
    }

    /** Rows for the countries whose capital is among the given places. */
    static List<PlaceRow> rows(Map<String, PlaceRow> capitals) {
        Map<String, List<String>> aliases = aliases();
        List<PlaceRow> out = new ArrayList<>();
        NameKey keys = NameKey.standard();
        String[] codes = Locale.getISOCountries();
        for (int i = 0; i < codes.length; i++) {
            String cc = codes[i];
            PlaceRow capital = capitals.get(cc);
            if (capital == null) {
                continue;
            }
            String name = Countries.name(cc);
            List<String> alternates = aliases.getOrDefault(cc, List.of());
            Set<String> keySet = new LinkedHashSet<>();
            keySet.add(keys.key(name));
            alternates.forEach(a -> keySet.add(keys.key(a)));
            keySet.remove("");
            out.add(new PlaceRow(-1000L - i, name, alternates, capital.latitude(), capital.longitude(), "A", "PCLI", cc,
                    "", "", 0, new ArrayList<>(keySet)));
        }
        return out;
    }

    private static Map<String, List<String>> aliases() {
        Map<String, List<String>> out = new HashMap<>();
        for (String line : WordList.lines("country-aliases.tsv")) {
            String[] f = line.split("\t");
            if (f.length == 2) {
                out.put(f[0].strip(), List.of(f[1].strip().split("\\s*,\\s*")));
            }
        }
        return out;
    }
}
