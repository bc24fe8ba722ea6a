package org.sitrep.store.db;

import java.text.Normalizer;
import java.util.Locale;

/** The lower-cased, accent-free form of names that filters and merging compare. */
public final class Keys {
    private Keys() {
    }

    /** Lower case, accents removed, punctuation and runs of spaces as one space; null for blank. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        return s.isEmpty() ? null : s;
    }
}
