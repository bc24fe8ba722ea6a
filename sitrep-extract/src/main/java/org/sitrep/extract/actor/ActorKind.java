package org.sitrep.extract.actor;

/** How a dictionary row names its actor. */
public enum ActorKind {
    /** A named group or institution. */
    ACTOR,
    /** A state's forces; rows without a country stand for "the state forces of the place". */
    STATE,
    /** A description ("the militants") that stands for the last named actor of its sides in context. */
    GENERIC
}
