package org.sitrep.store.db;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The lower-cased, accent-free form of names that filters and merging compare. */
public final class Keys {
    // compiled once: every stored event computes a dozen keys
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Keys() {
    }

    /** Lower case, accents removed, punctuation and runs of spaces as one space; null for blank. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        String s = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        s = NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
        return s.isEmpty() ? null : s;
    }
}
