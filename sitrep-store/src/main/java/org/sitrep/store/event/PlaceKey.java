package org.sitrep.store.event;

import org.sitrep.model.Location;
import org.sitrep.store.db.Keys;

/**
 * What makes two locations the same place: the gazetteer id when there is one, else the
 * normalised name (or mention) with the normalised governorate ({@code admin1}).
 */
public final class PlaceKey {
    private PlaceKey() {
    }

    /** The key, or null for an event with no usable location (such events are never merged). */
    public static String of(Location location) {
        if (location == null) {
            return null;
        }
        if (location.placeId() != null) {
            return "id:" + location.placeId();
        }
        String name = Keys.of(location.name());
        if (name == null) {
            name = Keys.of(location.mention());
        }
        if (name == null) {
            return null;
        }
        String admin1 = Keys.of(location.admin1());
        return "name:" + name + "|" + (admin1 == null ? "" : admin1);
    }
}
