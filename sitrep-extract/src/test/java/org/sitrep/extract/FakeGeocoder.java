package org.sitrep.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.gazetteer.GeoContext;
import org.sitrep.gazetteer.Geocoder;
import org.sitrep.gazetteer.Place;
import org.sitrep.model.Location;

/**
 * A geocoder over a handful of invented places, so the extractor's tests do not depend on the
 * built-in gazetteer. Names match exactly (case-insensitive, on the name or an alternate name); a
 * region hint picks among namesakes; an unknown name is placed at the hinted region's centre.
 */
public final class FakeGeocoder implements Geocoder {
    public static final String HAMA = "Hama";
    public static final String IDLIB = "Idlib";
    public static final String DEIR_EZZOR = "Deir Ezzor";
    public static final String BASRA_PROVINCE = "Basra";
    public static final String QALAMOUN = "Qalamoun";

    /** Villages and towns of Hama governorate. */
    public static final long TAL_SUKKAR_HAMA = 9_000_001;
    public static final long KAFR_RUWAYHA = 9_000_002;
    public static final long KHIRBAT_JALAL = 9_000_003;
    public static final long AYN_DALFA = 9_000_004;
    /** A namesake of Tal Sukkar in Idlib. */
    public static final long TAL_SUKKAR_IDLIB = 9_000_011;
    public static final long BAYT_WARDA = 9_000_012;
    public static final long QALAT_NUR = 9_000_013;
    /** Deir Ezzor, on the Euphrates. */
    public static final long MARJ_HILAL = 9_000_021;
    public static final long SUWAYQA = 9_000_022;
    /** A big city of Hama governorate. */
    public static final long NAHR_KABIR = 9_000_005;
    /** A village of Idlib that also goes by the name of the Qalamoun region. */
    public static final long QARYAT_QALAMUN = 9_000_014;
    /** Iraq. */
    public static final long BASRA_CITY = 9_000_031;
    /** A small town of Iraq's Basra province. */
    public static final long UMM_QASR = 9_000_032;
    /** A country, as GeoNames lists one (feature code PCLI). */
    public static final long JORDAN = 9_000_040;
    /** A village of Hama named Tell Hamid, and a town of Basra province that goes by that name too. */
    public static final long TELL_HAMID_HAMA = 9_000_006;
    public static final long TAL_HAMID_BASRA = 9_000_033;

    private static final Set<String> REGION_WORDS = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern",
            "rural", "the", "countryside", "province", "governorate", "region", "of");

    private final List<Place> places = new ArrayList<>();
    private final Map<String, Location> regions = new LinkedHashMap<>();

    public FakeGeocoder() {
        region(HAMA, "Syria", 35.13, 36.75);
        region(IDLIB, "Syria", 35.93, 36.63);
        region(DEIR_EZZOR, "Syria", 35.33, 40.14, "Deir ez-Zor", "Dayr az Zawr");
        region(BASRA_PROVINCE, "Iraq", 30.51, 47.78);
        region(QALAMOUN, "Syria", 33.90, 36.60);
        place(TAL_SUKKAR_HAMA, "Tal Sukkar", List.of("Tell Sukkar"), 35.31, 36.61, "SY", HAMA, 2_100);
        place(KAFR_RUWAYHA, "Kafr Ruwayha", List.of("Kfar Ruwayha"), 35.34, 36.58, "SY", HAMA, 3_400);
        place(KHIRBAT_JALAL, "Khirbat Jalal", List.of("Khirbet Jalal"), 35.36, 36.55, "SY", HAMA, 900);
        place(AYN_DALFA, "Ayn Dalfa", List.of("Ain Dalfa"), 35.29, 36.66, "SY", HAMA, 1_200);
        place(TAL_SUKKAR_IDLIB, "Tal Sukkar", List.of(), 35.80, 36.70, "SY", IDLIB, 700);
        place(BAYT_WARDA, "Bayt Warda", List.of("Beit Warda"), 35.85, 36.66, "SY", IDLIB, 4_800);
        place(QALAT_NUR, "Qalat Nur", List.of(), 35.90, 36.61, "SY", IDLIB, 45_000);
        place(MARJ_HILAL, "Marj Hilal", List.of(), 35.02, 40.45, "SY", DEIR_EZZOR, 6_000);
        place(SUWAYQA, "al-Suwayqa", List.of("Suwayqa"), 34.97, 40.52, "SY", DEIR_EZZOR, 3_000);
        place(QARYAT_QALAMUN, "Qaryat al-Qalamun", List.of("Qalamoun"), 35.88, 36.58, "SY", IDLIB, 600);
        place(NAHR_KABIR, "Nahr Kabir", List.of(), 35.20, 36.70, "SY", HAMA, 250_000);
        place(BASRA_CITY, "Basra", List.of("al-Basrah"), 30.51, 47.81, "IQ", BASRA_PROVINCE, 1_300_000);
        place(UMM_QASR, "Umm Qasr", List.of(), 30.03, 47.95, "IQ", BASRA_PROVINCE, 4_000);
        places.add(new Place(JORDAN, "Jordan", List.of(), 31.0, 36.0, "A", "PCLI", "JO", null, null, 10_000_000));
        place(TELL_HAMID_HAMA, "Tell Hamid", List.of(), 35.25, 36.70, "SY", HAMA, 900);
        place(TAL_HAMID_BASRA, "Tal Hamid", List.of("Tell Hamid"), 30.40, 47.70, "IQ", BASRA_PROVINCE, 30_000);
    }

    private void region(String name, String country, double lat, double lon, String... spellings) {
        Location loc = new Location(name, name, List.of(spellings), name, null, country, lat, lon, 3,
                "fake region: " + name, null);
        regions.put(key(name), loc);
        for (String s : spellings) {
            regions.put(key(s), loc);
        }
    }

    private void place(long id, String name, List<String> alternates, double lat, double lon, String country,
                       String admin1, long population) {
        places.add(new Place(id, name, alternates, lat, lon, "P", "PPL", country, admin1, null, population));
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).strip();
    }

    private static String countryName(String code) {
        return "IQ".equals(code) ? "Iraq" : "Syria";
    }

    private static String countryCode(String name) {
        return "Iraq".equals(name) ? "IQ" : "SY";
    }

    @Override
    public Optional<Place> best(String mention, GeoContext context) {
        if (mention == null) {
            return Optional.empty();
        }
        List<Place> named = new ArrayList<>();
        for (Place p : places) {
            boolean match = p.name().equalsIgnoreCase(mention)
                    || p.alternateNames().stream().anyMatch(a -> a.equalsIgnoreCase(mention));
            if (match && (context.countryHint() == null || context.countryHint().equalsIgnoreCase(p.countryCode()))) {
                named.add(p);
            }
        }
        if (named.isEmpty()) {
            return Optional.empty();
        }
        if (context.regionHint() != null) {
            for (Place p : named) {
                if (context.regionHint().equalsIgnoreCase(p.admin1())) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.of(named.get(0));
    }

    @Override
    public Optional<Place> soleEntry(String name) {
        List<Place> named = places.stream().filter(p -> p.name().equalsIgnoreCase(name)
                || p.alternateNames().stream().anyMatch(a -> a.equalsIgnoreCase(name))).toList();
        return named.size() == 1 && named.get(0).name().equalsIgnoreCase(name) ? Optional.of(named.get(0))
                : Optional.empty();
    }

    @Override
    public Location locate(String mention, GeoContext context) {
        Optional<Place> p = best(mention, context);
        if (p.isPresent()) {
            Place x = p.get();
            return new Location(x.name(), mention, x.alternateNames(), x.admin1(), x.admin2(),
                    countryName(x.countryCode()), x.latitude(), x.longitude(), 1, "fake: name", x.id());
        }
        Location r = context.regionHint() == null ? null : regions.get(key(context.regionHint()));
        if (r == null) {
            return new Location(mention, mention, List.of(), null, null, null, null, null, null,
                    "fake: unplaced", null);
        }
        return new Location(mention, mention, List.of(), r.admin1(), null, r.country(), r.latitude(),
                r.longitude(), 3, "fake: region centre " + r.name(), null);
    }

    @Override
    public Optional<Location> region(String phrase, String countryHint) {
        if (phrase == null) {
            return Optional.empty();
        }
        StringBuilder core = new StringBuilder();
        for (String w : phrase.strip().split("\\s+")) {
            if (!REGION_WORDS.contains(key(w))) {
                core.append(core.length() == 0 ? "" : " ").append(w);
            }
        }
        Location r = regions.get(key(core.toString()));
        if (r == null || (countryHint != null && !countryHint.equalsIgnoreCase(countryCode(r.country())))) {
            return Optional.empty();
        }
        return Optional.of(new Location(r.name(), phrase.strip(), r.alternateNames(), r.admin1(), null, r.country(),
                r.latitude(), r.longitude(), 3, r.rule(), null));
    }
}
