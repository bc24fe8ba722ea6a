package org.sitrep.extract.place;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.gazetteer.GeoContext;
import org.sitrep.gazetteer.Geocoder;
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
                && !sole(mention, loc)) {
            // a namesake abroad, when the text is about another country: keep the name, not the wrong point;
            // a name the gazetteer holds once is that place wherever it is (the country only ranks namesakes)
            loc = new Location(mention.text(), mention.text(), List.of(), null, null, null, null, null, null,
                    "not placed: only a namesake outside " + country + " (" + loc.name() + ", " + loc.country() + ")",
                    null);
        }
        boolean coarse = !loc.placed() || loc.geoPrecision() == null || loc.geoPrecision() >= 3;
        if (coarse && city != null && city.placed() && !mention.text().equalsIgnoreCase(city.mention())) {
            List<String> alt = new ArrayList<>(loc.alternateNames());
            alt.add(city.name());
            return new Location(mention.text(), mention.text(), alt, city.admin1(), city.admin2(), city.country(),
                    city.latitude(), city.longitude(), 2, "inside " + city.name() + " (named by the paragraph)",
                    null);
        }
        return loc;
    }

    /** The location is the one place the mention's name stands for anywhere (a country named is context). */
    private boolean sole(PlaceMention mention, Location loc) {
        return loc.placeId() != null && CountryNames.code(mention.text()) == null
                && geocoder.soleEntry(mention.text()).map(p -> p.id() == loc.placeId()).orElse(false);
    }

    /** The gazetteer entry behind a mention, for the nearby list; null when none. */
    public Place entry(PlaceMention mention, String region, String country, List<Place> nearby) {
        if (mention.isRegion()) {
            return null;
        }
        return geocoder.best(mention.text(), new GeoContext(region, country, nearby, mention.feature())).orElse(null);
    }
}
