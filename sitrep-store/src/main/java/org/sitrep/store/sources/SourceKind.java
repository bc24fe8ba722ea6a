package org.sitrep.store.sources;

import java.util.Locale;

/** What a source is: a news outlet, a news agency, a monitoring group, or a ministry's own statements. */
public enum SourceKind {
    OUTLET, AGENCY, MONITOR, MINISTRY;

    /** The kind named in a registry file; null for a name that is none of them. */
    static SourceKind parse(String text) {
        for (SourceKind k : values()) {
            if (k.name().equalsIgnoreCase(text.strip())) {
                return k;
            }
        }
        return null;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
