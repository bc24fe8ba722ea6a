package org.sitrep.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Location;

/**
 * The geocoding policy over a {@link Gazetteer}: the best-ranked candidate when it is credible,
 * else the centre of the region the text names (geo_precision 3, ACLED's convention: an honest
 * coarse point beats a wrong precise one), else unplaced. Never (0, 0); never a place outside
 * the named region's country.
 */
final class GazetteerGeocoder implements Geocoder {

    /** A spelling-variant match needs this score (i.e. support from the context) to count. */
    static final double VARIANT_THRESHOLD = 1.1;
    /** A candidate just outside the named governorate still counts when this close to a place in it. */
    static final double BORDER_KM = 10;
    /** A place this big is credible anywhere. */
    static final long BIG_CITY = 100_000;
    /** Without a country hint, a town needs this population (and its main name) to count. */
    static final long KNOWN_TOWN = 20_000;
    /** Places of neighbouring countries within this distance of the text's country's capital count. */
    static final double NEIGHBOURHOOD_KM = 400;
    /** Alternate names carried into a location. */
    static final int MAX_ALTERNATES = 25;

    private static final Set<String> REGION_CODES = Set.of("ADM1", "ADM1H", "PCLI", "PCLD", "PCL", "RGN");

    private final Gazetteer gazetteer;
    private final OrganisationNames organisations = OrganisationNames.standard();

    GazetteerGeocoder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public Optional<Place> best(String mention, GeoContext context) {
        if (mention == null || mention.isBlank()) {
            return Optional.empty();
        }
        List<Scored> ranked = gazetteer.rank(mention, gazetteer.situation(context), false);
        if (ranked.isEmpty()) {
            return Optional.empty();
        }
        Scored top = ranked.get(0);
        return credible(top, gazetteer.situation(context)) ? Optional.of(top.place) : Optional.empty();
    }

    /**
     * Whether the top candidate is credible enough to call the phrase a place. A world gazetteer
     * holds towns named "March", "Union" or "Tank": a candidate needs the context's support (in the
     * named region, near the paragraph's places, in the text's country or within
     * {@link #NEIGHBOURHOOD_KM} of its capital), or to be a country, a big city called so, or (with
     * no country hint) an entry the user imported.
     */
    private boolean credible(Scored top, Situation s) {
        boolean exact = top.byName();
        if (!exact && top.score < VARIANT_THRESHOLD) {
            return false;
        }
        Place p = top.place;
        if ("PCLI".equals(p.featureCode()) || (p.population() >= BIG_CITY && top.match.equals("name"))) {
            return true;
        }
        if (s.region() != null && gazetteer.inRegion(s.region(), p)) {
            return true;
        }
        for (Place near : s.nearby()) {
            if (Geo.km(near, p) <= NearbyPass.NEAR_KM) {
                return true;
            }
        }
        if (s.countryCode() == null) {
            // what the user imported is there because it matters to the texts
            return gazetteer.imported(top) || (top.match.equals("name") && p.population() >= KNOWN_TOWN);
        }
        if (s.countryCode().equalsIgnoreCase(p.countryCode())) {
            return true;
        }
        Place country = gazetteer.country(s.countryCode());
        return country != null && Geo.km(country, p) <= NEIGHBOURHOOD_KM
                && (top.match.equals("name") || p.population() >= KNOWN_TOWN);
    }

    @Override
    public Location locate(String mention, GeoContext context) {
        Situation s = gazetteer.situation(context);
        String text = mention == null ? "" : mention.strip();
        if (!text.isEmpty() && gazetteer.isRegionPhrase(text) && !isTownsOwnName(text, s)) {
            Optional<Region> named = gazetteer.region(text);
            if (named.isPresent()) {
                return regionLocation(named.get(), text, "region named: " + named.get().name());
            }
        }
        List<Scored> ranked = text.isEmpty() ? List.of() : gazetteer.rank(text, s, false);
        if (ranked.isEmpty() && !text.isEmpty()) {
            Optional<Region> named = gazetteer.region(text);
            if (named.isPresent()) {
                return regionLocation(named.get(), text, "region named: " + named.get().name());
            }
            ranked = gazetteer.rank(text, s, true);
        }
        if (ranked.isEmpty()) {
            return townOfOrganisation(text, s).orElseGet(() -> fallback(text, s, "not in gazetteer"));
        }
        Scored top = ranked.get(0);
        boolean variant = !top.byName();
        if (s.region() != null && !gazetteer.inRegion(s.region(), top.place)) {
            Place anchor = top.place.countryCode().equals(s.region().countryCode())
                    ? gazetteer.nearestInside(s.region(), top.place, BORDER_KM) : null;
            if (anchor == null) {
                return fallback(text, s, "found only outside it: " + describe(top.place));
            }
            top.reasons.add("just outside " + gazetteer.governorate(s.region()).name() + ", "
                    + Math.round(Geo.km(anchor, top.place)) + " km from " + anchor.name());
        } else if (variant && s.region() == null && top.score < VARIANT_THRESHOLD) {
            return fallback(text, s, "only a weak " + top.match + ": " + describe(top.place));
        }
        return placeLocation(top, text, ranked.size());
    }

    /**
     * "East Jerusalem" reads as a part of a region, but it is a town's own name: a populated
     * place called exactly so, credible here, is that town, not the region's centre.
     */
    private boolean isTownsOwnName(String phrase, Situation s) {
        List<Scored> ranked = gazetteer.rank(phrase, s, false);
        if (ranked.isEmpty()) {
            return false;
        }
        Scored top = ranked.get(0);
        return top.match.equals("name") && "P".equals(top.place.featureClass()) && credible(top, s);
    }

    /**
     * "Workers of the Tabriz Tractor Company": an organisation in no gazetteer, named after its
     * town, is in that town when the town is credible here by its own name.
     */
    private Optional<Location> townOfOrganisation(String name, Situation s) {
        for (String town : organisations.townCandidates(name)) {
            List<Scored> ranked = gazetteer.rank(town, s, false);
            if (ranked.isEmpty()) {
                continue;
            }
            Scored top = ranked.get(0);
            boolean inNamedRegion = s.region() == null || gazetteer.inRegion(s.region(), top.place);
            if (top.byName() && inNamedRegion && credible(top, s)) {
                top.reasons.add(0, "in the name of " + name);
                return Optional.of(placeLocation(top, name, ranked.size()));
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<Location> region(String phrase, String countryHint) {
        if (phrase == null || phrase.isBlank()) {
            return Optional.empty();
        }
        Optional<Region> r = gazetteer.region(phrase, countryHint);
        if (r.isPresent()) {
            return Optional.of(regionLocation(r.get(), phrase.strip(), "region named: " + r.get().name()));
        }
        // first-level areas of other countries, when an import brought their ADM1 rows
        for (Place p : gazetteer.adminAreasNamed(gazetteer.regionCore(phrase))) {
            if (countryHint == null || countryHint.equalsIgnoreCase(p.countryCode())) {
                String admin1 = "PCLI".equals(p.featureCode()) ? null : p.name();
                return Optional.of(new Location(p.name(), phrase.strip(), alternates(p), admin1, null,
                        Countries.name(p.countryCode()), p.latitude(), p.longitude(), 3,
                        "region named: " + p.name(), p.id()));
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean nearContext(Place place, String countryCode, List<Place> placed) {
        for (Place near : placed) {
            if (Geo.km(near, place) <= NearbyPass.NEAR_KM) {
                return true;
            }
        }
        if (countryCode == null) {
            return false;
        }
        Place country = gazetteer.country(countryCode);
        return countryCode.equalsIgnoreCase(place.countryCode())
                || country != null && Geo.km(country, place) <= NEIGHBOURHOOD_KM;
    }

    @Override
    public Optional<String> homeCountry() {
        return gazetteer.homeCountry();
    }

    @Override
    public Optional<Place> soleEntry(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        List<Scored> exact = gazetteer.rank(name.strip(), gazetteer.situation(GeoContext.NONE), false).stream()
                .filter(Scored::byName)
                .toList();
        return exact.size() == 1 && exact.get(0).match.equals("name") ? Optional.of(exact.get(0).place)
                : Optional.empty();
    }

    private Location fallback(String mention, Situation s, String why) {
        if (s.region() == null) {
            return new Location(mention, mention, List.of(), null, null, Countries.name(s.countryCode()), null, null,
                    null, "unplaced: " + why + ", and the text names no region", null);
        }
        Region r = s.region();
        return new Location(mention, mention, List.of(), r.admin1(), null, Countries.name(r.countryCode()),
                r.latitude(), r.longitude(), r.precision(),
                "region centre: " + r.name() + " (" + why + ")", null);
    }

    private Location regionLocation(Region r, String mention, String rule) {
        List<String> names = new ArrayList<>(r.spellings());
        if (r.nameAr() != null) {
            names.add(r.nameAr());
        }
        return new Location(r.name(), mention, names, r.admin1(), null, Countries.name(r.countryCode()),
                r.latitude(), r.longitude(), r.precision(), rule, null);
    }

    private Location placeLocation(Scored top, String mention, int candidates) {
        Place p = top.place;
        StringBuilder rule = new StringBuilder(top.match);
        for (String reason : top.reasons) {
            if (!reason.startsWith("population") && !reason.startsWith("populated") && !reason.startsWith("capital")) {
                rule.append("; ").append(reason);
            }
        }
        if (candidates > 1) {
            rule.append("; best of ").append(candidates).append(" candidates");
        }
        return new Location(p.name(), mention, alternates(p), p.admin1(), p.admin2(), Countries.name(p.countryCode()),
                p.latitude(), p.longitude(), precision(p), rule.toString(), p.id());
    }

    private static List<String> alternates(Place p) {
        List<String> alts = p.alternateNames();
        return alts.size() <= MAX_ALTERNATES ? alts : alts.subList(0, MAX_ALTERNATES);
    }

    /** ACLED geo_precision of a gazetteer entry: 1 a place, 2 a district, 3 a province or country. */
    static int precision(Place p) {
        if (!p.isAdminArea() && !"PCLI".equals(p.featureCode())) {
            return 1;
        }
        return REGION_CODES.contains(p.featureCode()) ? 3 : 2;
    }

    private static String describe(Place p) {
        return p.name() + (p.admin1() != null ? ", " + p.admin1() : "") + ", " + Countries.name(p.countryCode());
    }
}
