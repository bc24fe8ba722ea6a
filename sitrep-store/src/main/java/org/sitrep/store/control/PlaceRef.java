package org.sitrep.store.control;

/** A place as the store knows it: its key ({@link org.sitrep.store.event.PlaceKey}) and how to show it. */
public record PlaceRef(String placeKey, String name, String admin1, String country, Double latitude,
        Double longitude) {

    /** Whether the place has coordinates (one known only by name is counted on a map, not drawn). */
    public boolean located() {
        return latitude != null && longitude != null;
    }
}
