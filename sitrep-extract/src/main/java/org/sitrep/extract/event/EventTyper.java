package org.sitrep.extract.event;

import java.util.Optional;
import org.sitrep.extract.actor.ActorEntry;
import org.sitrep.extract.rules.TriggerCategory;
import org.sitrep.model.Location;
import org.sitrep.model.SubEventType;

/**
 * The one place where an event's kind, type and sub-type are decided. The rules find the triggers
 * and keep their vetoes (a denied, intended or merely announced act never reaches a typer); a
 * typer decides what each remaining trigger tells. {@link RuleEventTyper} decides by rules alone;
 * a learned typer may weigh a model's probabilities with the rules' evidence.
 */
public interface EventTyper {
    /**
     * The kind of act the trigger tells in its clause, or empty when it tells none of its own (the
     * deaths of "killed by the shelling" belong to the shelling).
     */
    Optional<TriggerCategory> kind(TriggerEvidence evidence);

    /**
     * The ACLED sub-event type of an event of {@code kind} done by {@code actor1} (for territory,
     * the side that takes the place) at {@code where}, told by {@code sentence}, in the conflict of
     * {@code country} (ISO code, or null).
     */
    SubEventType subType(TriggerCategory kind, ActorEntry actor1, Location where, String country, String sentence);

    /** The sub-type a coder's label opening the sentence names ("Movement of forces: ..."), or null. */
    SubEventType labelled(String sentence);

    /**
     * Of two events told at one place and day, the one with the lower precedence stands for both
     * (ACLED: the fight for a place that changed hands is the change of control).
     */
    int precedence(SubEventType type);

    /**
     * Whether a trigger's words name a munition ("mortar attack", "air strikes", "rockets"), not
     * just an aim or a shot ("fired at", "targeted", "hit"): remote violence by its very words.
     */
    boolean namesMunition(String triggerText);
}
