package org.sitrep.model;

/** ACLED's event types (2019 onward). */
public enum EventType {
    BATTLES("Battles"),
    EXPLOSIONS("Explosions/Remote violence"),
    VIOLENCE_AGAINST_CIVILIANS("Violence against civilians"),
    PROTESTS("Protests"),
    RIOTS("Riots"),
    STRATEGIC_DEVELOPMENTS("Strategic developments");

    private final String label;

    EventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static EventType fromLabel(String label) {
        for (EventType t : values()) {
            if (t.label.equalsIgnoreCase(label)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown event type: " + label);
    }
}
