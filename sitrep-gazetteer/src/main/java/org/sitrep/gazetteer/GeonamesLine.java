package org.sitrep.gazetteer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Parses one line of the GeoNames {@code geoname} table (19 tab-separated columns: geonameid,
 * name, asciiname, alternatenames, latitude, longitude, feature class, feature code, country code,
 * cc2, admin1, admin2, admin3, admin4, population, elevation, dem, timezone, modification date)
 * into a {@link PlaceRow}, or says why the line is broken.
 *
 * <p>Only Latin- and Arabic-script alternate names are kept (the texts are English; Arabic
 * names come with some reports), which keeps the index compact.
 *
 * <p>A place is shown by its common name: GeoNames' ASCII name where its name is a transliteration
 * with diacritics ("Albu Kamal", not "Ālbū Kamāl": what reports and ACLED write, and what a user
 * types in a filter); the transliteration stays the first alternate name.
 */
public final class GeonamesLine {

    /** The columns a line must have at least (up to the population). */
    static final int MIN_COLUMNS = 15;

    /** A parsed line: the row, or the reason it was skipped. */
    public record Result(PlaceRow row, String problem) {
        public boolean ok() {
            return row != null;
        }
    }

    /** Keys of alternate names not indexed (resource {@code ignored-alternate-names.txt}). */
    private static final java.util.Set<String> IGNORED = ignored();

    private final NameKey keys;

    public GeonamesLine(NameKey keys) {
        this.keys = keys;
    }

    public Result parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length < MIN_COLUMNS) {
            return problem("too few columns");
        }
        long id;
        try {
            id = Long.parseLong(f[0].trim());
        } catch (NumberFormatException e) {
            return problem("bad id");
        }
        String name = f[1].strip();
        if (name.isEmpty()) {
            return problem("no name");
        }
        double lat;
        double lon;
        try {
            lat = Double.parseDouble(f[4].trim());
            lon = Double.parseDouble(f[5].trim());
        } catch (NumberFormatException e) {
            return problem("bad coordinates");
        }
        if (!(Math.abs(lat) <= 90) || !(Math.abs(lon) <= 180) || (lat == 0 && lon == 0)) {
            return problem("bad coordinates");
        }
        long population;
        try {
            population = f[14].isBlank() ? 0 : Long.parseLong(f[14].trim());
        } catch (NumberFormatException e) {
            return problem("bad population");
        }
        String transliteration = name;
        name = commonName(name, f[2].strip());
        List<String> alternates = alternates(name, transliteration, f[3]);
        Set<String> keySet = new LinkedHashSet<>();
        addKey(keySet, name);
        addKey(keySet, f[2]);
        for (String alt : alternates) {
            String k = keys.key(alt);
            if (!IGNORED.contains(k) || k.equals(keys.key(name))) {
                addKey(keySet, alt);
            }
        }
        return new Result(new PlaceRow(id, name, alternates, lat, lon, f[6].trim(), f[7].trim(),
                f[8].trim().toUpperCase(java.util.Locale.ROOT), f[10].trim(), f[11].trim(), population,
                new ArrayList<>(keySet)), null);
    }

    private void addKey(Set<String> keySet, String name) {
        String k = keys.key(name);
        if (!k.isEmpty()) {
            keySet.add(k);
        }
    }

    /** The ASCII name where the name has letters outside ASCII (diacritics) and GeoNames gives one. */
    static String commonName(String name, String ascii) {
        boolean plain = name.chars().allMatch(c -> c < 0x80);
        return plain || ascii.isBlank() ? name : ascii;
    }

    /** The other spelling of the name (when it differs) and the Latin/Arabic alternate names, without repeats. */
    static List<String> alternates(String name, String other, String field) {
        Set<String> out = new LinkedHashSet<>();
        if (!other.isEmpty() && !other.equals(name)) {
            out.add(other);
        }
        for (String alt : field.split(",")) {
            String a = alt.strip();
            if (!a.isEmpty() && !a.equals(name) && isLatinOrArabic(a) && !looksLikeCode(a)) {
                out.add(a);
            }
        }
        return new ArrayList<>(out);
    }

    static boolean isLatinOrArabic(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            letter = true;
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.ARABIC) {
                return false;
            }
        }
        return letter;
    }

    /** Airport and postal codes, links: not names a text would use. */
    private static boolean looksLikeCode(String s) {
        if (s.startsWith("http") || s.chars().anyMatch(Character::isDigit)) {
            return true;
        }
        return s.length() <= 4 && s.chars().allMatch(c -> Character.isUpperCase(c));
    }

    private static java.util.Set<String> ignored() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String name : WordList.words("ignored-alternate-names.txt")) {
            out.add(NameKey.of(name));
        }
        return java.util.Set.copyOf(out);
    }

    private static Result problem(String why) {
        return new Result(null, why);
    }
}
