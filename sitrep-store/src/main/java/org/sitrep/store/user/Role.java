package org.sitrep.store.user;

import java.util.Locale;

/** What a user may do: each role may do what the roles before it may. */
public enum Role {
    /** Reads the record. */
    VIEWER,
    /** Reviews events and posts reports. */
    ANALYST,
    /** Manages users, sources and settings. */
    ADMIN;

    public boolean allows(Role needed) {
        return compareTo(needed) >= 0;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role named {@code label} (viewer, analyst, admin), or an error naming the choices. */
    public static Role of(String label) {
        for (Role r : values()) {
            if (r.label().equalsIgnoreCase(label == null ? "" : label.strip())) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role '" + label + "' (viewer, analyst or admin)");
    }
}
