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
                           boolean known) {
    public boolean isRegion() {
        return region != null;
    }
}
