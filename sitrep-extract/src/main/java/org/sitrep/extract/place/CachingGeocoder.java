package org.sitrep.extract.place;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.sitrep.gazetteer.GeoContext;
import org.sitrep.gazetteer.Geocoder;
import org.sitrep.gazetteer.Place;
import org.sitrep.model.Location;

/**
 * Remembers the gazetteer's answers that depend only on the words and the region: the same
 * village names come back report after report, and ranking candidates is the extractor's costliest
 * step. Answers that depend on the places around a mention are not cached. Thread-safe; bounded.
 */
public final class CachingGeocoder implements Geocoder {
    private static final int MAX_ENTRIES = 200_000;
    private static final Object NONE = new Object();

    private final Geocoder delegate;
    private final Map<String, Object> best = new ConcurrentHashMap<>();
    private final Map<String, Object> regions = new ConcurrentHashMap<>();
    private final Map<String, Location> located = new ConcurrentHashMap<>();

    public CachingGeocoder(Geocoder delegate) {
        this.delegate = delegate;
    }

    @Override
    public Location locate(String mention, GeoContext context) {
        if (!context.nearby().isEmpty()) {
            return delegate.locate(mention, context);
        }
        bound(located);
        return located.computeIfAbsent(key(mention, context), k -> delegate.locate(mention, context));
    }

    @Override
    public Optional<Place> best(String mention, GeoContext context) {
        if (!context.nearby().isEmpty()) {
            return delegate.best(mention, context);
        }
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

    private static String key(String mention, GeoContext c) {
        return mention + '\u0000' + c.regionHint() + '\u0000' + c.countryHint() + '\u0000' + c.featureHint();
    }

    private static void bound(Map<String, ?> cache) {
        if (cache.size() > MAX_ENTRIES) {
            cache.clear(); // a corpus of many places: start afresh rather than grow without end
        }
    }
}
