package org.sitrep.extract.actor;

import java.util.List;
import org.sitrep.model.Actor;

/**
 * One row of an actor dictionary.
 *
 * @param sides   for generic rows, the sides it may resolve to (the first is its own); else one side
 * @param country ISO code of the state whose forces these are, or null
 * @param acled   the name in ACLED's actor list
 * @param conflictCountry ISO code of the country of the conflict whose dictionary names this actor, or null
 */
public record ActorEntry(String name, List<String> sides, Integer inter, String country, String parent,
                         ActorKind kind, String acled, List<String> aliases, String conflictCountry) {

    public String side() {
        return sides.get(0);
    }

    public Actor toActor() {
        return new Actor(name, side(), inter, parent);
    }

    /** "Unidentified armed group": a telling that does not say who acted. */
    public boolean isUnidentified() {
        return Actor.UNIDENTIFIED.equals(side());
    }

    /**
     * Names no one in particular: an unidentified actor or a description ("warplanes", "militants"),
     * which a telling that names the actor replaces.
     */
    public boolean namesNobody() {
        return isUnidentified() || kind == ActorKind.GENERIC;
    }

    /** State forces of no particular country ("government troops"). */
    public boolean isStateGeneric() {
        return kind == ActorKind.STATE && country == null;
    }
}
