package org.sitrep.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded gazetteer (built-in places, the data directory's imports, admin areas) and the way
 * candidates for a name are found and ranked. {@link #geocoder()} is what the extractor uses;
 * {@link #lookup} is what {@code sitrep gazetteer lookup} shows. Thread-safe once loaded.
 *
 * <p>Ranking is a chain of passes, strongest evidence first: the region the text names, the other
 * places of the paragraph, the country, then feature class and population.
 */
public final class Gazetteer {

    private final PlaceIndex index;
    private final String homeCountry;
    private final Regions regions;
    private final RegionPhrases regionPhrases;
    private final RegionMembership membership;
    private final CandidateFinder finder;
    private final List<DisambiguationPass> passes;
    private final AdminAreas areas;
    private final GazetteerGeocoder geocoder;
    private final Map<String, Place> countries = new java.util.HashMap<>();
    private volatile PlaceGrid grid;

    Gazetteer(PlaceIndex index, Regions regions, AdminAreas areas) {
        this.index = index;
        this.regions = regions;
        this.areas = areas;
        this.regionPhrases = new RegionPhrases(regions);
        this.membership = new RegionMembership(regions);
        this.finder = new CandidateFinder(index, NameKey.standard(), membership);
        this.passes = List.of(new RegionPass(membership), new NearbyPass(), new CountryPass(), new FeaturePass());
        this.geocoder = new GazetteerGeocoder(this);
        this.homeCountry = index.homeCountry();
        for (int n = 0; n < index.size(); n++) {
            if ("PCLI".equals(index.featureCode(n))) {
                Place p = index.place(n);
                countries.put(p.countryCode(), p);
            }
        }
    }

    /**
     * The country of the user's own places, when they imported one country's (the war they follow):
     * the country a report that names no other is read in.
     */
    public java.util.Optional<String> homeCountry() {
        return java.util.Optional.ofNullable(homeCountry);
    }

    /** Whether a candidate comes from the user's own imports (trusted without population). */
    boolean imported(Scored candidate) {
        return !index.builtin(candidate.number);
    }

    /** The country entry (at its capital) of an ISO code, or null. */
    Place country(String countryCode) {
        return countryCode == null ? null : countries.get(countryCode.toUpperCase(java.util.Locale.ROOT));
    }

    /** The geocoder over this gazetteer. */
    public Geocoder geocoder() {
        return geocoder;
    }

    /** Number of places. */
    public int size() {
        return index.size();
    }

    public Regions regions() {
        return regions;
    }

    /**
     * Every candidate for a name, best first, with score and reasons; fuzzy matches are tried
     * (inside the context's governorate) when nothing else matches.
     */
    public List<Candidate> lookup(String name, GeoContext context) {
        Situation s = situation(context);
        return rank(name, s, true).stream().map(Scored::toCandidate).toList();
    }

    /**
     * Whether the gazetteer holds a place of this name (its name or an alternate name, not a
     * spelling variant) within {@code km} of the point: what a coded record's place needs for the
     * text to be placed there at all.
     */
    public boolean holdsNear(String name, double latitude, double longitude, double km) {
        for (Scored c : rank(name, situation(GeoContext.NONE), false)) {
            if (c.byName() && Geo.km(latitude, longitude, c.place.latitude(), c.place.longitude()) <= km) {
                return true;
            }
        }
        return false;
    }

    /** How often each disambiguation pass has fired since loading. */
    public Map<String, Long> passCounts() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (DisambiguationPass p : passes) {
            out.put(p.name(), p.fired());
        }
        return out;
    }

    /** The region a phrase names ("northern Hama", "Rural Damascus", "Donetsk Oblast"), in any country. */
    public Optional<Region> region(String phrase) {
        return regionPhrases.find(phrase);
    }

    /** The region of the given country (null: any) a phrase names: "Al Jawf" in Yemen or in Saudi Arabia. */
    public Optional<Region> region(String phrase, String countryCode) {
        return regionPhrases.find(phrase, countryCode);
    }

    Situation situation(GeoContext context) {
        GeoContext c = context == null ? GeoContext.NONE : context;
        // a region of another country than the hint's says nothing about where in that country a place is
        Region region = c.regionHint() == null ? null : regionPhrases.find(c.regionHint(), c.countryHint()).orElse(null);
        String country = c.countryHint() != null ? c.countryHint() : region == null ? null : region.countryCode();
        return new Situation(region, country, c.nearby(), c.featureHint());
    }

    List<Scored> rank(String mention, Situation s, boolean fuzzy) {
        List<Scored> found = finder.find(mention, s.region(), fuzzy);
        for (DisambiguationPass p : passes) {
            p.apply(found, s);
        }
        found.sort(Comparator.comparingDouble((Scored c) -> -c.score).thenComparingLong(c -> c.place.id()));
        return found;
    }

    boolean inRegion(Region region, Place place) {
        return membership.contains(region, place);
    }

    Region governorate(Region region) {
        return membership.governorate(region);
    }

    /** The region's name in a phrase, without the direction or area words around it. */
    String regionCore(String phrase) {
        return regionPhrases.core(phrase);
    }

    /** True when the phrase holds direction or area words around a region's name. */
    boolean isRegionPhrase(String phrase) {
        return !regionPhrases.core(phrase).equalsIgnoreCase(phrase.strip());
    }

    /** The place inside the region nearest to the given one, within maxKm; null when none. */
    Place nearestInside(Region region, Place place, double maxKm) {
        Place best = null;
        double bestKm = maxKm;
        for (int n : index.inAdmin1(NameKey.of(governorate(region).name()))) {
            Place p = index.place(n);
            if (!p.countryCode().equals(region.countryCode())) {
                continue; // a namesake admin1 of another country
            }
            double d = Geo.km(p, place);
            if (d <= bestKm && p.id() != place.id()) {
                bestKm = d;
                best = p;
            }
        }
        return best;
    }

    /** First-level admin places (imported ADM1 rows) and countries with this name, for regions outside the tables. */
    List<Place> adminAreasNamed(String name) {
        List<Place> out = new ArrayList<>();
        for (int n : index.exact(NameKey.of(name))) {
            Place p = index.place(n);
            if ("ADM1".equals(p.featureCode()) || "PCLI".equals(p.featureCode())) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * The populated places in a box (west, south, east, north in degrees), largest first, at most
     * {@code perCell} from each 1° cell: a map labels the largest places of each part of its view.
     */
    public List<Place> largestPlaces(double west, double south, double east, double north, int perCell) {
        PlaceGrid g = grid;
        if (g == null) {
            synchronized (this) {
                if (grid == null) {
                    grid = new PlaceGrid(index);
                }
                g = grid;
            }
        }
        return g.largest(west, south, east, north, perCell).stream().map(index::place).toList();
    }

    PlaceIndex index() {
        return index;
    }

    /** The admin-area polygons loaded (imported or given for this run), e.g. to draw them on a map. */
    public List<AdminArea> adminAreas() {
        return areas instanceof PolygonAreas p ? p.areas() : List.of();
    }
}
