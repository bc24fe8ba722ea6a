package org.sitrep.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** ACLED's event types (2019 onward). */
public enum EventType {
    BATTLES("Battles"),
    EXPLOSIONS("Explosions/Remote violence"),
    VIOLENCE_AGAINST_CIVILIANS("Violence against civilians"),
    PROTESTS("Protests"),
    RIOTS("Riots"),
    STRATEGIC_DEVELOPMENTS("Strategic developments");

    private static final Map<String, EventType> BY_LABEL = new HashMap<>();

    static {
        for (EventType t : values()) {
            BY_LABEL.put(t.label.toLowerCase(Locale.ROOT), t);
        }
    }

    private final String label;

    EventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** ACLED's political violence: battles, explosions/remote violence and violence against civilians (not demonstrations). */
    public boolean isPoliticalViolence() {
        return this == BATTLES || this == EXPLOSIONS || this == VIOLENCE_AGAINST_CIVILIANS;
    }

    /** The kinds of event in which people are killed: political violence, and riots. */
    public boolean killsPeople() {
        return isPoliticalViolence() || this == RIOTS;
    }

    public static EventType fromLabel(String label) {
        return find(label).orElseThrow(() -> new IllegalArgumentException("unknown event type: " + label));
    }

    /** The type of a label, in any case; empty for null or an unknown label. */
    public static Optional<EventType> find(String label) {
        return label == null ? Optional.empty() : Optional.ofNullable(BY_LABEL.get(label.toLowerCase(Locale.ROOT)));
    }
}
