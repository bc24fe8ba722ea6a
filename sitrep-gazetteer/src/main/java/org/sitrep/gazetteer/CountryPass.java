package org.sitrep.gazetteer;

import java.util.List;

/** The country the text is about (given, or the named region's): its places win. */
final class CountryPass extends DisambiguationPass {

    @Override
    String name() {
        return "country of the text";
    }

    @Override
    boolean score(List<Scored> candidates, Situation s) {
        if (s.countryCode() == null
                || (s.region() != null && s.region().countryCode().equalsIgnoreCase(s.countryCode()))) {
            return false; // the region pass has judged the country already
        }
        for (Scored c : candidates) {
            if (s.countryCode().equalsIgnoreCase(c.place.countryCode())) {
                c.add(0.4, "in " + Countries.name(s.countryCode()));
            } else {
                c.add(-0.4, "not in " + Countries.name(s.countryCode()));
            }
        }
        return true;
    }
}
