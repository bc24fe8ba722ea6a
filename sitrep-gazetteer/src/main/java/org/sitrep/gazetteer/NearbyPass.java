package org.sitrep.gazetteer;

import java.util.List;

/** Places already resolved in the same paragraph: a candidate near them wins. */
final class NearbyPass extends DisambiguationPass {

    /** Beyond this distance from every place of the paragraph a candidate gets nothing. */
    static final double NEAR_KM = 50;

    @Override
    String name() {
        return "near other places of the paragraph";
    }

    @Override
    boolean score(List<Scored> candidates, Situation s) {
        if (s.nearby().isEmpty()) {
            return false;
        }
        for (Scored c : candidates) {
            double best = Double.MAX_VALUE;
            Place closest = null;
            for (Place p : s.nearby()) {
                if (p.id() == c.place.id()) {
                    continue;
                }
                double d = Geo.km(c.place, p);
                if (d < best) {
                    best = d;
                    closest = p;
                }
            }
            if (closest != null && best <= NEAR_KM) {
                c.add(0.6 * (1 - best / NEAR_KM), Math.round(best) + " km from " + closest.name());
            }
        }
        return true;
    }
}
