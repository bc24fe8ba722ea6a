package org.sitrep.extract.rules;

import org.sitrep.model.SubEventType;

/**
 * What a trigger phrase says happened. The phrases are data (triggers.tsv); what each kind of
 * phrase becomes is this mechanism. Kinds listed first win when two overlap at one place and day.
 */
public enum TriggerCategory {
    /** A place changes hands; actor1 takes it. */
    TAKE(null),
    /** "was captured by X", "fell to X": the taker follows the trigger. */
    TAKE_PASSIVE(null),
    /** Forces enter a place: a change of control, unless fighting goes on there. */
    ENTER(null),
    /** A side leaves a place without a fight. */
    WITHDRAW(SubEventType.NON_VIOLENT_TRANSFER),
    CLASH(SubEventType.ARMED_CLASH),
    /** "X repelled an attack of Y": Y attacked, so Y is actor1. */
    REPEL(SubEventType.ARMED_CLASH),
    ADVANCE(SubEventType.ARMED_CLASH),
    SIEGE(SubEventType.ARMED_CLASH),
    /** "X lost 35 fighters": fighting, X is the one that lost. */
    LOSSES(SubEventType.ARMED_CLASH),
    SUICIDE(SubEventType.SUICIDE_BOMB),
    CHEMICAL(SubEventType.CHEMICAL_WEAPON),
    AIR(SubEventType.AIR_DRONE_STRIKE),
    SHELL(SubEventType.SHELLING),
    IED(SubEventType.REMOTE_EXPLOSIVE),
    GRENADE(SubEventType.GRENADE),
    SEXUAL(SubEventType.SEXUAL_VIOLENCE),
    /** "was killed by X": an attack on civilians when the dead are civilians, else a battle. */
    KILLED_BY(SubEventType.ARMED_CLASH),
    /** "X killed a man": the same, told actively. */
    KILL(SubEventType.ARMED_CLASH),
    ATTACK_CIVILIANS(SubEventType.ATTACK),
    ABDUCT(SubEventType.ABDUCTION),
    EXCESSIVE(SubEventType.EXCESSIVE_FORCE),
    INTERVENTION(SubEventType.PROTEST_WITH_INTERVENTION),
    PROTEST(SubEventType.PEACEFUL_PROTEST),
    RIOT(SubEventType.VIOLENT_DEMONSTRATION),
    AGREE(SubEventType.AGREEMENT),
    ARREST(SubEventType.ARRESTS),
    HQ(SubEventType.HEADQUARTERS_ESTABLISHED),
    LOOT(SubEventType.LOOTING),
    DISRUPT(SubEventType.DISRUPTED_WEAPONS_USE),
    GROUP(SubEventType.CHANGE_TO_GROUP),
    MOVEMENT(SubEventType.OTHER);

    private final SubEventType defaultType;

    TriggerCategory(SubEventType defaultType) {
        this.defaultType = defaultType;
    }

    /** The sub-event type, or null for territory kinds (decided by who takes the place). */
    public SubEventType defaultType() {
        return defaultType;
    }

    public boolean isTerritorial() {
        return this == TAKE || this == TAKE_PASSIVE || this == ENTER;
    }

    /** Kinds whose actor1 acts from a distance on the place named after the trigger. */
    public boolean isRemote() {
        return this == AIR || this == SHELL || this == CHEMICAL;
    }

    /** A killing told as such ("killed three soldiers", "were shot dead"), of no kind of its own yet. */
    public boolean isKilling() {
        return this == KILL || this == KILLED_BY;
    }

    public boolean isBattle() {
        return this == CLASH || this == REPEL || this == ADVANCE || this == SIEGE || this == LOSSES;
    }
}
