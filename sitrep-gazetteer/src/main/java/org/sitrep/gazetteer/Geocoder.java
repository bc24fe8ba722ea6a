package org.sitrep.gazetteer;

import java.util.List;
import java.util.Optional;
import org.sitrep.model.Location;

/** Turns place mentions into locations, and says which rule placed each. */
public interface Geocoder {

    /**
     * Places a mention. A mention in no gazetteer keeps its name and is placed at the centre of
     * {@code context.regionHint()}'s area with geo_precision 3, or left unplaced (null coordinates)
     * when the context names no area. Never (0, 0).
     */
    Location locate(String mention, GeoContext context);

    /**
     * The gazetteer entry a mention most likely names, or empty when no candidate scores well
     * enough. Used by the extractor to decide whether a capitalised phrase is a place at all.
     */
    Optional<Place> best(String mention, GeoContext context);

    /**
     * The first-level administrative area a region phrase names ("northern Hama",
     * "the southern Idlib countryside", "Deir Ezzor province"), as a location with geo_precision 3.
     */
    Optional<Location> region(String phrase, String countryHint);

    /**
     * The one entry this name stands for anywhere: the gazetteer holds the name once (as a name or
     * an alternate name), and as that entry's own name. Empty when the name has namesakes, is only
     * another name of its entry, or is unknown; then the country in context has to choose. A
     * geocoder that cannot tell answers empty.
     */
    default Optional<Place> soleEntry(String name) {
        return Optional.empty();
    }

    /**
     * Whether the place lies in the country, near it (within the neighbourhood the geocoder counts a
     * neighbour's towns in), or near one of the places the text placed already. A geocoder that
     * cannot tell answers false.
     */
    default boolean nearContext(Place place, String countryCode, List<Place> placed) {
        return false;
    }

    /**
     * The country of the places the user imported, when they are one country's (the war the user
     * follows); empty for the built-in gazetteer alone.
     */
    default Optional<String> homeCountry() {
        return Optional.empty();
    }
}
