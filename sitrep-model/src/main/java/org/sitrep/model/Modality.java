package org.sitrep.model;

/** How the source stands behind an event. */
public enum Modality {
    ASSERTED, CLAIMED, REPORTED, DENIED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
