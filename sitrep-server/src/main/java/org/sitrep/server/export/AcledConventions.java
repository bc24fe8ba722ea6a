package org.sitrep.server.export;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.store.event.StoredEvent;
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

    /**
     * The merged event that a change of control's fatalities belong to, when the sentence that tells
     * the change also tells another event with the same deaths ("the rebels took X after clashes
     * that killed 10"): ACLED counts deaths once, on the fighting, not again on the change of control.
     *
     * @param reportEvents a report's stored events, by report id
     * @return that event's id, or null when the fatalities are the change's own
     */
    Long fatalitiesOwner(Incident i, Function<String, List<StoredEvent>> reportEvents) {
        if (i.subEventType() == null || !territory.contains(i.subEventType()) || i.fatalitiesLow() == 0) {
            return null;
        }
        for (Claim c : i.claims()) {
            if (c.fatalities() == 0 || c.evidence() == null) {
                continue;
            }
            for (StoredEvent other : reportEvents.apply(c.reportId())) {
                Event e = other.event();
                if (other.incidentId() != i.id() && e.fatalities() == c.fatalities() && e.evidence() != null
                        && e.evidence().start() == c.evidence().start() && !territory.contains(e.subEventType())) {
                    return other.incidentId();
                }
            }
        }
        return null;
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
