package org.sitrep.extract.place;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.sitrep.gazetteer.GeoContext;
import org.sitrep.gazetteer.Geocoder;
import org.sitrep.gazetteer.Place;
import org.sitrep.model.Location;

/**
 * A geocoder still loading on another thread: the extractor is built around it meanwhile (its
 * dictionaries and patterns take a fifth of start-up), and the first question waits for it.
 */
public final class PendingGeocoder implements Geocoder {
    private final CompletableFuture<? extends Geocoder> loading;

    public PendingGeocoder(CompletableFuture<? extends Geocoder> loading) {
        this.loading = loading;
    }

    private Geocoder loaded() {
        return loading.join();
    }

    @Override
    public Location locate(String mention, GeoContext context) {
        return loaded().locate(mention, context);
    }

    @Override
    public Optional<Place> best(String mention, GeoContext context) {
        return loaded().best(mention, context);
    }

    @Override
    public Optional<Location> region(String phrase, String countryHint) {
        return loaded().region(phrase, countryHint);
    }

    @Override
    public boolean nearContext(Place place, String countryCode, List<Place> placed) {
        return loaded().nearContext(place, countryCode, placed);
    }

    @Override
    public Optional<Place> soleEntry(String name) {
        return loaded().soleEntry(name);
    }

    @Override
    public Optional<String> homeCountry() {
        return loaded().homeCountry();
    }
}
