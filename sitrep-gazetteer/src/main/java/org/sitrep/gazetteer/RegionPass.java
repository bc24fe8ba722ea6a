package org.sitrep.gazetteer;

import java.util.List;

/** The region the text names: a candidate inside it wins clearly; one outside loses clearly. */
final class RegionPass extends DisambiguationPass {

    private final RegionMembership membership;

    RegionPass(RegionMembership membership) {
        this.membership = membership;
    }

    @Override
    String name() {
        return "region named in the text";
    }

    @Override
    boolean score(List<Scored> candidates, Situation s) {
        if (s.region() == null) {
            return false;
        }
        String where = membership.governorate(s.region()).name();
        for (Scored c : candidates) {
            if (membership.contains(s.region(), c.place)) {
                c.add(1.0, "in " + where);
            } else if (s.region().countryCode().equals(c.place.countryCode())) {
                c.add(-1.0, "outside " + where + (c.place.admin1() == null ? "" : " (in " + c.place.admin1() + ")"));
            } else {
                c.add(-1.5, "not in " + Countries.name(s.region().countryCode()));
            }
        }
        return true;
    }
}
