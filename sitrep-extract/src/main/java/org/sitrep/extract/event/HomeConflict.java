package org.sitrep.extract.event;

import org.sitrep.gazetteer.Geocoder;

/**
 * The war the user follows, as their own gazetteer tells it (they imported one country's places):
 * the country a report is read in when its text names no country, actor or place that tells.
 * Without such an import there is none, and no war is assumed.
 */
public final class HomeConflict {
    private final Geocoder gazetteer;

    public HomeConflict(Geocoder gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The country the text told ({@code told}), else the home country, else null. */
    public String or(String told) {
        return told != null ? told : country();
    }

    /** The home country, or null when the user's gazetteer names none. */
    public String country() {
        return gazetteer.homeCountry().orElse(null);
    }
}
