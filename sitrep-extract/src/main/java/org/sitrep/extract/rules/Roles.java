package org.sitrep.extract.rules;

import java.util.List;
import org.sitrep.extract.actor.ActorEntry;

/** Who acts (actor1 and its associates) and who is acted upon (actor2 and its associates). */
public record Roles(ActorEntry actor1, List<ActorEntry> assoc1, ActorEntry actor2, List<ActorEntry> assoc2) {
    public static final Roles NONE = new Roles(null, List.of(), null, List.of());
}
