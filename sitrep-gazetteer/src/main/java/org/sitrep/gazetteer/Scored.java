package org.sitrep.gazetteer;

import java.util.ArrayList;
import java.util.List;

/** A candidate while the passes score it. */
final class Scored {
    final int number;
    final Place place;
    final String match;
    double score;
    final List<String> reasons = new ArrayList<>();

    Scored(int number, Place place, String match, double matchScore) {
        this.number = number;
        this.place = place;
        this.match = match;
        this.score = matchScore;
    }

    /** Matched by the place's name or one of its alternate names, not by a spelling variant. */
    boolean byName() {
        return match.equals("name") || match.equals("alternate name");
    }

    void add(double delta, String reason) {
        score += delta;
        reasons.add(reason);
    }

    Candidate toCandidate() {
        return new Candidate(place, Math.round(score * 1000) / 1000.0, match, reasons);
    }
}
