package org.sitrep.extract.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.gazetteer.Gazetteer;

/**
 * How many of the coded notes placed exactly (geo_precision 1) name a place the gazetteer holds
 * within 10 km of the coded point: the share the location measure can reach by reading names, so
 * a low location figure can be told apart from a gazetteer that lacks the war's villages.
 */
public final class GazetteerCoverage {
    /** The location measure's radius. */
    static final double RADIUS_KM = 10;

    private final Gazetteer gazetteer;
    private int notes;
    private int covered;

    public GazetteerCoverage(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Counts one note (its records) if one of them is placed exactly. */
    public void add(List<AcledRecord> note) {
        boolean exact = false;
        boolean held = false;
        for (AcledRecord r : note) {
            if (r.geoPrecision() == null || r.geoPrecision() != 1 || r.latitude() == null || r.longitude() == null) {
                continue;
            }
            exact = true;
            for (String name : names(r.location())) {
                held = held || gazetteer.holdsNear(name, r.latitude(), r.longitude(), RADIUS_KM);
            }
        }
        if (exact) {
            notes++;
            covered += held ? 1 : 0;
        }
    }

    /**
     * The names a coded place goes by: itself, and each side of ACLED's "City - Quarter" form
     * ("Damascus - Old City").
     */
    static List<String> names(String location) {
        List<String> out = new ArrayList<>();
        if (location == null || location.isBlank()) {
            return out;
        }
        out.add(location.strip());
        if (location.contains(" - ")) {
            for (String part : location.split(" - ")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    public int notes() {
        return notes;
    }

    public int covered() {
        return covered;
    }

    /** One line for the evaluation's report. */
    public String summary() {
        return String.format(Locale.ROOT, "gazetteer: %,d of %,d exactly placed notes name a place it holds within "
                        + "%.0f km of the coded point (%.3f): the location measure's reach by names",
                covered, notes, RADIUS_KM, notes == 0 ? 0.0 : (double) covered / notes);
    }
}
