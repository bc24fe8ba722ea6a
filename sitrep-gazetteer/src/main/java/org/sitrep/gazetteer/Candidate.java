package org.sitrep.gazetteer;

import java.util.List;

/**
 * A gazetteer entry a mention may name, with its score and the reasons for it, best first in
 * every list this module returns.
 *
 * @param match   how the name matched: "name", "alternate name", "spelling variant", "fuzzy 0.93"
 * @param reasons what each disambiguation pass said ("in Hama", "12 km from Harasta", …)
 */
public record Candidate(Place place, double score, String match, List<String> reasons) {

    public Candidate {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
