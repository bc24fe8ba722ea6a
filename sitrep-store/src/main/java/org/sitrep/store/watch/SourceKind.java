package org.sitrep.store.watch;

import java.util.Locale;

/** How a source lists its articles: a feed (RSS or Atom) or a plain page whose article links are followed. */
public enum SourceKind {
    FEED, PAGE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "feed" or "page"; anything else is refused naming the value. */
    public static SourceKind of(String label) {
        for (SourceKind k : values()) {
            if (k.label().equalsIgnoreCase(label == null ? "" : label.strip())) {
                return k;
            }
        }
        throw new IllegalArgumentException("kind '" + label + "' is neither feed nor page");
    }
}
