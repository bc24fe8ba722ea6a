package org.sitrep.gazetteer;

import java.util.List;
import java.util.Set;

/**
 * Last: the kind of feature and the population. A populated place beats an admin area or a
 * site unless the text calls it a district or province; a capital and a bigger place win ties.
 */
final class FeaturePass extends DisambiguationPass {

    private static final Set<String> AREA_WORDS = Set.of("district", "subdistrict", "sub-district", "province",
            "governorate", "region", "area", "county", "nahiya");
    private static final Set<String> CAPITALS = Set.of("PPLC", "PPLA", "PPLA2", "PPLG");

    @Override
    String name() {
        return "feature class and population";
    }

    @Override
    boolean score(List<Scored> candidates, Situation s) {
        boolean wantsArea = s.featureHint() != null && AREA_WORDS.contains(s.featureHint().toLowerCase(java.util.Locale.ROOT));
        for (Scored c : candidates) {
            Place p = c.place;
            if (wantsArea && p.isAdminArea()) {
                c.add(0.3, "admin area, as the text says (" + s.featureHint() + ")");
            } else if (!wantsArea && "P".equals(p.featureClass())) {
                c.add(0.1, "populated place");
            }
            if ("PCLI".equals(p.featureCode())) {
                c.add(0.3, "country");
            }
            if (CAPITALS.contains(p.featureCode())) {
                c.add(0.05, "capital (" + p.featureCode() + ")");
            }
            if (p.population() > 0) {
                c.add(0.1 * Math.min(1, Math.log10(p.population() + 1) / 7), "population " + p.population());
            }
        }
        return true;
    }
}
