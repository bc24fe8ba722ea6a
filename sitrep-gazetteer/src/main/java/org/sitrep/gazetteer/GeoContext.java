package org.sitrep.gazetteer;

import java.util.List;

/**
 * What the text says around a place mention that helps choose among candidates.
 *
 * @param regionHint  the area the text names ("Hama" from "in northern Hama", "Idlib countryside"),
 *                    or null
 * @param countryHint ISO 3166 alpha-2 code of the country the text is about, or null
 * @param nearby      places already resolved in the same paragraph (nearby candidates win)
 * @param featureHint what the text calls it ("village", "town", "city", "hill", "district"), or null
 */
public record GeoContext(String regionHint, String countryHint, List<Place> nearby, String featureHint) {
    public static final GeoContext NONE = new GeoContext(null, null, List.of(), null);

    public GeoContext {
        nearby = nearby == null ? List.of() : List.copyOf(nearby);
    }
}
