package org.sitrep.extract.event;

import java.util.List;
import org.sitrep.extract.actor.ActorEntry;

/** An event's actors as ACLED records them: actor1 (who acts, or takes the place) and actor2, each with associates. */
public record Parties(ActorEntry actor1, List<ActorEntry> assoc1, ActorEntry actor2, List<ActorEntry> assoc2) {
}
