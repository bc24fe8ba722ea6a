package org.sitrep.extract.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.gazetteer.GeoContext;
import org.sitrep.gazetteer.Geocoder;
import org.sitrep.gazetteer.NameKey;
import org.sitrep.gazetteer.Place;
import org.sitrep.model.Location;

/**
 * Places an event's place mention with what the text says around it. A site the gazetteer does
 * not know inside a city the paragraph names ("In the city of X, … liberated the stadium") is
 * put at that city with geo_precision 2 rather than at the region's centre.
 */
public final class PlaceResolver {
    private final Geocoder geocoder;

    public PlaceResolver(Geocoder geocoder) {
        this.geocoder = geocoder;
    }

    /**
     * @param region  the area the text is about (a governorate name), or null
     * @param nearby  places already resolved in the paragraph
     * @param city    the city the paragraph is about, or null
     */
    public Location resolve(PlaceMention mention, String region, String country, List<Place> nearby, Location city) {
        if (mention.isRegion()) {
            Location r = mention.region();
            return new Location(r.name(), mention.text(), r.alternateNames(), r.admin1(), r.admin2(), r.country(),
                    r.latitude(), r.longitude(), r.geoPrecision(), r.rule(), r.placeId());
        }
        Location loc = geocoder.locate(mention.text(), new GeoContext(region, country, nearby, mention.feature()));
        if (country != null && loc.placed() && loc.country() != null && !country.equalsIgnoreCase(CountryNames.code(loc.country()))
                && !sole(mention, loc, country, nearby)) {
            // a namesake abroad, when the text is about another country: keep the name, not the wrong point;
            // a name the gazetteer holds once is that place wherever it is (the country only ranks namesakes)
            loc = new Location(mention.text(), mention.text(), List.of(), null, null, null, null, null, null,
                    "not placed: only a namesake outside " + country + " (" + loc.name() + ", " + loc.country() + ")",
                    null);
        }
        return inCity(mention, loc, city);
    }

    /** A location placed no closer than its region is a site inside the city the paragraph names, if any. */
    public Location inCity(PlaceMention mention, Location loc, Location city) {
        boolean coarse = !loc.placed() || loc.geoPrecision() == null || loc.geoPrecision() >= 3;
        if (coarse && city != null && city.placed() && !mention.text().equalsIgnoreCase(city.mention())) {
            return inside(mention, loc.alternateNames(), city);
        }
        return loc;
    }

    /** The mention as a site inside the city (geo_precision 2), known by these names and the city's. */
    public Location inside(PlaceMention mention, List<String> alternateNames, Location city) {
        List<String> alt = new ArrayList<>(alternateNames);
        alt.add(city.name());
        return new Location(mention.text(), mention.text(), alt, city.admin1(), city.admin2(), city.country(),
                city.latitude(), city.longitude(), 2, "inside " + city.name() + " (named by the paragraph)", null);
    }

    /**
     * The entry's own name as the text spells it, accents and case aside: a spelling variant ("Kurne" for
     * Belgium's Kuurne) among places of the country in context is a village the gazetteer lacks, not
     * that far-off town.
     */
    private static boolean spelledAs(String name, String mention) {
        return NameKey.spelling(name).equals(NameKey.spelling(mention));
    }

    /**
     * The location is the one place the mention's name stands for anywhere (a country named is
     * context), and a town the text may well mean: a village far abroad that happens to be the
     * gazetteer's only entry of the name is more likely a place of the text's country it lacks
     * (a village across a near border, or near the places the paragraph placed, is not).
     */
    private boolean sole(PlaceMention mention, Location loc, String country, List<Place> nearby) {
        return loc.placeId() != null && CountryNames.code(mention.text()) == null
                && geocoder.soleEntry(mention.text()).map(p -> p.id() == loc.placeId()
                        && (p.population() >= SOLE_TOWN || geocoder.nearContext(p, country, nearby))
                        && (spelledAs(p.name(), mention.text()) || !placesOfCountry(nearby, country)))
                .orElse(false);
    }

    /** The size of a town abroad a text may name as the gazetteer's only entry of the name. */
    private static final long SOLE_TOWN = 20_000;

    /** The paragraph has placed others in the country in context ("captured Shankal, Qarah Baba and Kurne"). */
    private static boolean placesOfCountry(List<Place> nearby, String country) {
        return nearby.stream().anyMatch(p -> country.equalsIgnoreCase(p.countryCode()));
    }

    /** The gazetteer entry behind a mention, for the nearby list; null when none. */
    public Place entry(PlaceMention mention, String region, String country, List<Place> nearby) {
        if (mention.isRegion()) {
            return null;
        }
        Optional<Place> best = geocoder.best(mention.text(), new GeoContext(region, country, nearby, mention.feature()));
        if (best.isEmpty() && region == null && country == null) {
            // with no country in context, a small town that is the gazetteer's only entry of the name,
            // spelled so, is that town ("near Menaka": Mali), as the mention's location is
            return geocoder.soleEntry(mention.text()).filter(p -> spelledAs(p.name(), mention.text())).orElse(null);
        }
        return best.orElse(null);
    }
}
