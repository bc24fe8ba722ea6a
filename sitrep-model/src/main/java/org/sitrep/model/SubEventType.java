package org.sitrep.model;

/** ACLED's sub-event types (2019 onward), each with its event type. */
public enum SubEventType {
    ARMED_CLASH("Armed clash", EventType.BATTLES),
    GOVERNMENT_REGAINS_TERRITORY("Government regains territory", EventType.BATTLES),
    NON_STATE_ACTOR_OVERTAKES_TERRITORY("Non-state actor overtakes territory", EventType.BATTLES),
    CHEMICAL_WEAPON("Chemical weapon", EventType.EXPLOSIONS),
    AIR_DRONE_STRIKE("Air/drone strike", EventType.EXPLOSIONS),
    SUICIDE_BOMB("Suicide bomb", EventType.EXPLOSIONS),
    SHELLING("Shelling/artillery/missile attack", EventType.EXPLOSIONS),
    REMOTE_EXPLOSIVE("Remote explosive/landmine/IED", EventType.EXPLOSIONS),
    GRENADE("Grenade", EventType.EXPLOSIONS),
    SEXUAL_VIOLENCE("Sexual violence", EventType.VIOLENCE_AGAINST_CIVILIANS),
    ATTACK("Attack", EventType.VIOLENCE_AGAINST_CIVILIANS),
    ABDUCTION("Abduction/forced disappearance", EventType.VIOLENCE_AGAINST_CIVILIANS),
    PEACEFUL_PROTEST("Peaceful protest", EventType.PROTESTS),
    PROTEST_WITH_INTERVENTION("Protest with intervention", EventType.PROTESTS),
    EXCESSIVE_FORCE("Excessive force against protesters", EventType.PROTESTS),
    VIOLENT_DEMONSTRATION("Violent demonstration", EventType.RIOTS),
    MOB_VIOLENCE("Mob violence", EventType.RIOTS),
    AGREEMENT("Agreement", EventType.STRATEGIC_DEVELOPMENTS),
    ARRESTS("Arrests", EventType.STRATEGIC_DEVELOPMENTS),
    CHANGE_TO_GROUP("Change to group/activity", EventType.STRATEGIC_DEVELOPMENTS),
    DISRUPTED_WEAPONS_USE("Disrupted weapons use", EventType.STRATEGIC_DEVELOPMENTS),
    HEADQUARTERS_ESTABLISHED("Headquarters or base established", EventType.STRATEGIC_DEVELOPMENTS),
    LOOTING("Looting/property destruction", EventType.STRATEGIC_DEVELOPMENTS),
    NON_VIOLENT_TRANSFER("Non-violent transfer of territory", EventType.STRATEGIC_DEVELOPMENTS),
    OTHER("Other", EventType.STRATEGIC_DEVELOPMENTS);

    private final String label;
    private final EventType type;

    SubEventType(String label, EventType type) {
        this.label = label;
        this.type = type;
    }

    public String label() {
        return label;
    }

    public EventType type() {
        return type;
    }

    /** A change of control: actor1 is the side that takes the place. */
    public boolean isTerritorial() {
        return this == GOVERNMENT_REGAINS_TERRITORY || this == NON_STATE_ACTOR_OVERTAKES_TERRITORY
                || this == NON_VIOLENT_TRANSFER;
    }

    public static SubEventType fromLabel(String label) {
        for (SubEventType t : values()) {
            if (t.label.equalsIgnoreCase(label)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown sub-event type: " + label);
    }
}
