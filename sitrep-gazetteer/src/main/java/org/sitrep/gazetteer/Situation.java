package org.sitrep.gazetteer;

import java.util.List;

/**
 * A {@link GeoContext} with its region hint resolved.
 *
 * @param region       the region the text names, or null
 * @param countryCode  the country hint, or the region's country, or null
 */
record Situation(Region region, String countryCode, List<Place> nearby, String featureHint) {
}
