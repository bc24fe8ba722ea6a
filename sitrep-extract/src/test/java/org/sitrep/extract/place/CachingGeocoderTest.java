package org.sitrep.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sitrep.gazetteer.GeoContext;
import org.sitrep.gazetteer.Geocoder;
import org.sitrep.gazetteer.Place;
import org.sitrep.model.Location;

class CachingGeocoderTest {
    private static final Place TAL_SUKKAR = new Place(1L, "Tal Sukkar", List.of(), 35.2, 36.6, "P", "PPL", "SY",
            "Hama", null, 0);

    /** Counts the calls that reach the gazetteer. */
    private static final class Counting implements Geocoder {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public Location locate(String mention, GeoContext context) {
            calls.incrementAndGet();
            return new Location(mention, mention, List.of(), "Hama", null, "Syria", 35.2, 36.6, 1, "test", 1L);
        }

        @Override
        public Optional<Place> best(String mention, GeoContext context) {
            calls.incrementAndGet();
            return mention.equals("Tal Sukkar") ? Optional.of(TAL_SUKKAR) : Optional.empty();
        }

        @Override
        public Optional<Location> region(String phrase, String countryHint) {
            calls.incrementAndGet();
            return Optional.empty();
        }

        @Override
        public Optional<Place> soleEntry(String name) {
            calls.incrementAndGet();
            return name.equals("Tal Sukkar") ? Optional.of(TAL_SUKKAR) : Optional.empty();
        }
    }

    @Test
    void answersThatDependOnlyOnTheWordsAreAskedOnce() {
        Counting gazetteer = new Counting();
        CachingGeocoder cached = new CachingGeocoder(gazetteer);
        GeoContext hama = new GeoContext("Hama", "SY", List.of(), null);
        for (int i = 0; i < 3; i++) {
            assertEquals(Optional.of(TAL_SUKKAR), cached.best("Tal Sukkar", hama));
            assertEquals(Optional.empty(), cached.best("Nowhere", hama));
            assertEquals(Optional.empty(), cached.region("northern Nowhere", "SY"));
            assertEquals("Tal Sukkar", cached.locate("Tal Sukkar", hama).name());
            assertEquals(Optional.of(TAL_SUKKAR), cached.soleEntry("Tal Sukkar"));
        }
        assertEquals(5, gazetteer.calls.get());
    }

    @Test
    void nearbyPlacesArePartOfTheQuestionAsASet() {
        Counting gazetteer = new Counting();
        CachingGeocoder cached = new CachingGeocoder(gazetteer);
        Place other = new Place(2, "Kafr Nabudah", List.of(), 35.4, 36.5, "P", "PPL", "SY", "Hama", null, 0);
        cached.best("Tal Sukkar", new GeoContext("Hama", "SY", List.of(TAL_SUKKAR, other), null));
        cached.best("Tal Sukkar", new GeoContext("Hama", "SY", List.of(other, TAL_SUKKAR, other), null));
        assertEquals(1, gazetteer.calls.get(), "the same places in another order");
        cached.best("Tal Sukkar", new GeoContext("Hama", "SY", List.of(other), null));
        cached.best("Tal Sukkar", new GeoContext("Hama", "SY", List.of(), null));
        assertEquals(3, gazetteer.calls.get(), "other places around: asked anew");
    }
}
