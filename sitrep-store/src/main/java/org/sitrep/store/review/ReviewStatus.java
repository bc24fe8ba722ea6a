package org.sitrep.store.review;

import java.util.Locale;

/** Where an event stands with the people who check it. */
public enum ReviewStatus {
    /** Nobody looked. */
    EXTRACTED,
    CONFIRMED,
    CORRECTED,
    REJECTED,
    /** Merged into another incident, named by the review. */
    MERGED,
    /** Reviewed, then the machine read its sentence differently: a person should look again. */
    NEEDS_REVIEW;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Shown in the record (lists, map, exports) unless asked for: not rejected, not merged away. */
    public boolean visible() {
        return this != REJECTED && this != MERGED;
    }

    public boolean reviewed() {
        return this != EXTRACTED;
    }

    public static ReviewStatus of(String label) {
        for (ReviewStatus s : values()) {
            if (s.label().equalsIgnoreCase(label == null ? "" : label.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status '" + label
                + "' (extracted, confirmed, corrected, rejected, merged or needs_review)");
    }
}
