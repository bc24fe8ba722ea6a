package org.sitrep.extract.place;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.sitrep.gazetteer.GeoContext;
import org.sitrep.gazetteer.Geocoder;
import org.sitrep.gazetteer.Place;
import org.sitrep.model.Location;

/**
 * Remembers the gazetteer's answers by the words and their context (region, country, feature and
 * the set of places around the mention): the same village names come back report after report,
 * often with the same neighbours, and ranking candidates is the extractor's costliest step.
 * Thread-safe; bounded.
 */
public final class CachingGeocoder implements Geocoder {
    private static final int MAX_ENTRIES = 200_000;
    private static final Object NONE = new Object();

    private final Geocoder delegate;
    private final Map<String, Object> best = new ConcurrentHashMap<>();
    private final Map<String, Object> regions = new ConcurrentHashMap<>();
    private final Map<String, Location> located = new ConcurrentHashMap<>();
    private final Map<String, Object> sole = new ConcurrentHashMap<>();

    public CachingGeocoder(Geocoder delegate) {
        this.delegate = delegate;
    }

    @Override
    public Location locate(String mention, GeoContext context) {
        bound(located);
        return located.computeIfAbsent(key(mention, context), k -> delegate.locate(mention, context));
    }

    @Override
    public Optional<Place> best(String mention, GeoContext context) {
        bound(best);
        Object v = best.computeIfAbsent(key(mention, context),
                k -> delegate.best(mention, context).<Object>map(p -> p).orElse(NONE));
        return v == NONE ? Optional.empty() : Optional.of((Place) v);
    }

    @Override
    public Optional<Location> region(String phrase, String countryHint) {
        bound(regions);
        Object v = regions.computeIfAbsent(phrase + '\u0000' + countryHint,
                k -> delegate.region(phrase, countryHint).<Object>map(l -> l).orElse(NONE));
        return v == NONE ? Optional.empty() : Optional.of((Location) v);
    }

    @Override
    public Optional<String> homeCountry() {
        return delegate.homeCountry();
    }

    @Override
    public boolean nearContext(Place place, String countryCode, List<Place> placed) {
        return delegate.nearContext(place, countryCode, placed);
    }

    @Override
    public Optional<Place> soleEntry(String name) {
        bound(sole);
        Object v = sole.computeIfAbsent(name, k -> delegate.soleEntry(name).<Object>map(p -> p).orElse(NONE));
        return v == NONE ? Optional.empty() : Optional.of((Place) v);
    }

    /** The words and everything of the context the answer depends on: the nearby places as a set of ids. */
    private static String key(String mention, GeoContext c) {
        StringBuilder key = new StringBuilder(mention).append('\u0000').append(c.regionHint()).append('\u0000')
                .append(c.countryHint()).append('\u0000').append(c.featureHint());
        c.nearby().stream().mapToLong(Place::id).sorted().distinct().forEach(id -> key.append(',').append(id));
        return key.toString();
    }

    private static void bound(Map<String, ?> cache) {
        if (cache.size() > MAX_ENTRIES) {
            cache.clear(); // a corpus of many places: start afresh rather than grow without end
        }
    }
}
