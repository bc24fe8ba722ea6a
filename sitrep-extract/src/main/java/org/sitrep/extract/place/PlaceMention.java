package org.sitrep.extract.place;

import org.sitrep.model.Location;

/**
 * A place or region named in a sentence, at {@code [start, end)} of the sentence text.
 *
 * @param feature what the text calls it ("village", "town", "hill"), or null
 * @param region  for a region phrase ("northern Hama"), the area it names; null for a place
 * @param list    places named in one list ("A, B and C") share this number
 * @param known   the gazetteer knows the name
 */
public record PlaceMention(int start, int end, String text, String feature, Location region, int list,
                           boolean known, Role role) {
    /** What the place is to the sentence. */
    public enum Role {
        /** Where something happens. */
        SCENE,
        /** Only locates a place named before it: "in X, near Y". */
        LOCATOR,
        /** Where forces came from: "from the direction of X". */
        ORIGIN,
        /** A country acting, not a scene: "adding that Russia lost 40 soldiers", "talks with Iran". */
        PARTY
    }

    public PlaceMention(int start, int end, String text, String feature, Location region, int list, boolean known) {
        this(start, end, text, feature, region, list, known, Role.SCENE);
    }

    public PlaceMention withRole(Role r) {
        return new PlaceMention(start, end, text, feature, region, list, known, r);
    }

    public boolean isRegion() {
        return region != null;
    }
}
