package org.sitrep.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The regions a text can name (first-level areas of the countries in {@link #RESOURCES}, and named
 * areas of them), read from {@code regions-*.tsv} resources, looked up by any spelling (through
 * {@link NameKey}) with or without a country, by OCHA pcode or by GeoNames admin1 code.
 */
public final class Regions {

    /** The bundled region tables. */
    static final List<String> RESOURCES = List.of("regions-syria.tsv", "regions-iraq.tsv", "regions-yemen.tsv",
            "regions-saudi-arabia.tsv", "regions-palestine.tsv", "regions-israel.tsv", "regions-lebanon.tsv",
            "regions-jordan.tsv", "regions-bahrain.tsv", "regions-iran.tsv", "regions-turkey.tsv",
            "regions-ukraine.tsv", "regions-sudan.tsv", "regions-myanmar.tsv", "regions-mali.tsv",
            "regions-burkina-faso.tsv", "regions-niger.tsv", "regions-nigeria.tsv", "regions-somalia.tsv");

    private final List<Region> all;
    /** Every region a key names, in table order: "Al Jawf" is a governorate of Yemen and of Saudi Arabia. */
    private final Map<String, List<Region>> byKey = new HashMap<>();
    private final Map<String, Region> byCode = new HashMap<>();
    private final Map<String, List<Region>> admin1ByDisplayKey = new HashMap<>();

    Regions(List<Region> regions) {
        this.all = List.copyOf(regions);
        NameKey keys = NameKey.standard();
        for (Region r : all) {
            List<String> names = new ArrayList<>(r.spellings());
            names.add(0, r.name());
            if (r.nameAr() != null) {
                names.add(r.nameAr());
            }
            for (String n : names) {
                List<Region> named = byKey.computeIfAbsent(keys.key(n), k -> new ArrayList<>());
                // a region's spellings are filed one after another: if one of them already filed it
                // under this key, it is the last one there (a record's equals compares every field)
                if (named.isEmpty() || named.get(named.size() - 1) != r) {
                    named.add(r);
                }
            }
            if (r.admin1Level()) {
                if (r.pcode() != null) {
                    byCode.put(r.pcode().toUpperCase(Locale.ROOT), r);
                }
                if (r.geonamesCode() != null) {
                    byCode.put(r.countryCode() + "." + r.geonamesCode(), r);
                }
                admin1ByDisplayKey.computeIfAbsent(keys.key(r.admin1()), k -> new ArrayList<>()).add(r);
            }
        }
    }

    /** The bundled tables. */
    public static Regions standard() {
        List<Region> regions = new ArrayList<>();
        for (String resource : RESOURCES) {
            regions.addAll(read(resource));
        }
        return new Regions(regions);
    }

    public List<Region> all() {
        return all;
    }

    /** The region a name or spelling denotes ("Deir Ezzor", "Rural Damascus", "ريف دمشق"), in any country. */
    public Optional<Region> byName(String name) {
        return byName(name, null);
    }

    /**
     * The region of the given country (null: any, the first listed) that a name or spelling denotes:
     * "Al Jawf" with "SA" is Saudi Arabia's province, with "YE" Yemen's governorate.
     */
    public Optional<Region> byName(String name, String countryCode) {
        return byKey(NameKey.of(name), countryCode);
    }

    /** The region of the given country (null: any) an already normalised key denotes. */
    Optional<Region> byKey(String key, String countryCode) {
        return inCountry(byKey.get(key), countryCode);
    }

    /**
     * The governorate an admin1 code denotes: an OCHA pcode ("SY05") or a GeoNames code of the
     * given country ("10" with country "SY").
     */
    public Optional<Region> byAdmin1Code(String countryCode, String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        Region r = byCode.get(code.toUpperCase(Locale.ROOT));
        if (r != null && countryCode != null && !r.countryCode().equalsIgnoreCase(countryCode)) {
            r = null; // another country's pcode, not this country's GeoNames code
        }
        if (r == null && countryCode != null) {
            r = byCode.get(countryCode.toUpperCase(Locale.ROOT) + "." + code);
        }
        return Optional.ofNullable(r);
    }

    /** The governorate whose display name is given (as {@link Place#admin1()} holds it), in any country. */
    public Optional<Region> admin1(String displayName) {
        return admin1(null, displayName);
    }

    /** The governorate of the given country (null: any) whose display name is given. */
    public Optional<Region> admin1(String countryCode, String displayName) {
        if (displayName == null) {
            return Optional.empty();
        }
        String key = NameKey.of(displayName);
        Optional<Region> r = inCountry(admin1ByDisplayKey.get(key), countryCode);
        if (r.isEmpty()) {
            r = byKey(key, countryCode).filter(Region::admin1Level);
        }
        return r;
    }

    private static Optional<Region> inCountry(List<Region> regions, String countryCode) {
        if (regions == null) {
            return Optional.empty();
        }
        return regions.stream()
                .filter(r -> countryCode == null || r.countryCode().equalsIgnoreCase(countryCode))
                .findFirst();
    }

    private static List<Region> read(String resource) {
        List<Region> out = new ArrayList<>();
        for (String line : WordList.lines(resource)) {
            String[] f = line.split("\t", -1);
            boolean admin1 = f[0].equals("admin1");
            String name = f[4];
            out.add(new Region(admin1, f[1], emptyToNull(f[2]), emptyToNull(f[3]), name, emptyToNull(f[5]),
                    admin1 ? name : null, Double.parseDouble(f[6]), Double.parseDouble(f[7]),
                    Integer.parseInt(f[8]), f.length > 9 ? List.of(f[9].split(",")) : List.of()));
        }
        // an area's admin1 is its governorate's display name (areas name their governorate by pcode)
        Map<String, String> namesByPcode = new HashMap<>();
        out.stream().filter(r -> r.admin1Level() && r.pcode() != null).forEach(r -> namesByPcode.put(r.pcode(), r.name()));
        List<Region> resolved = new ArrayList<>(out.size());
        for (Region r : out) {
            resolved.add(r.admin1Level() ? r : new Region(false, r.countryCode(), r.pcode(), null, r.name(),
                    r.nameAr(), namesByPcode.get(r.pcode()), r.latitude(), r.longitude(), r.precision(), r.spellings()));
        }
        return resolved;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
