package org.sitrep.extract.actor;

import java.util.ArrayList;
import java.util.List;

/**
 * Resolves descriptions to actors in context: "the militants" to the last named actor of the
 * sides it may mean, "government troops" to the state forces of the country the text is in.
 * One resolver per report: it remembers the named actors read so far.
 */
public final class ActorResolver {
    private final ActorDictionary dictionary;
    private final List<ActorEntry> recent = new ArrayList<>();

    public ActorResolver(ActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** Notes a named actor the text mentions, for later descriptions to refer to. */
    public void remember(ActorEntry entry) {
        if (entry.kind() != ActorKind.GENERIC && !entry.isStateGeneric()) {
            recent.add(entry);
        }
    }

    /** @param countryCode ISO code of the country the text is in, or null */
    public ActorEntry resolve(ActorEntry entry, String countryCode) {
        if (entry.isStateGeneric()) {
            return dictionary.stateForces(countryCode).orElse(entry);
        }
        if (entry.kind() != ActorKind.GENERIC) {
            return entry;
        }
        for (int i = recent.size() - 1; i >= 0; i--) {
            ActorEntry r = recent.get(i);
            if (entry.sides().contains(r.side())) {
                return r;
            }
        }
        return entry;
    }

    /** The last named actor whose side is not {@code side} (an opponent in context), or null. */
    public ActorEntry lastOpponentOf(String side) {
        for (int i = recent.size() - 1; i >= 0; i--) {
            ActorEntry r = recent.get(i);
            if (side == null || !side.equals(r.side())) {
                if (!r.side().equals("civilians") && !r.side().equals("other")) {
                    return r;
                }
            }
        }
        return null;
    }
}
