package org.sitrep.server.export;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Actor;
import org.sitrep.store.merge.Claim;
import org.sitrep.store.merge.Incident;

/**
 * Which combinations an ACLED row may hold: civilian targeting only where civilians are the target
 * ({@code acled-civilian-targeting.tsv}), and no change of control that every source denies
 * ({@code acled-territory.tsv}).
 */
final class AcledConventions {
    /** ACLED's inter code of civilians. */
    static final int CIVILIANS = 7;

    private final Map<String, String> targeting = new HashMap<>();
    private final Set<String> territory = new HashSet<>();

    AcledConventions() {
        for (String[] row : TsvResource.rows("acled-civilian-targeting.tsv", 2)) {
            targeting.put(row[0], row[1]);
        }
        for (String[] row : TsvResource.rows("acled-territory.tsv", 1)) {
            territory.add(row[0]);
        }
    }

    /** Whether civilians are the target of an event of this type with these targets (actor2 and its associates). */
    boolean civilianTargeting(String eventType, Actor actor2, List<Actor> assocActor2) {
        String rule = targeting.get(eventType);
        if ("always".equals(rule)) {
            return true;
        }
        return "target".equals(rule) && (civilians(actor2) || assocActor2.stream().anyMatch(AcledConventions::civilians));
    }

    /** A change of control that no source asserts, claims or reports: every account denies it. */
    boolean deniedChangeOfControl(Incident i) {
        return i.subEventType() != null && territory.contains(i.subEventType()) && !i.claims().isEmpty()
                && i.claims().stream().allMatch(Claim::denied);
    }

    private static boolean civilians(Actor a) {
        return a != null && a.inter() != null && a.inter() == CIVILIANS;
    }
}
