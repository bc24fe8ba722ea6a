package org.sitrep.ingest.regex;

import java.util.IdentityHashMap;
import java.util.Locale;

/**
 * A text in lower case ({@link Locale#ROOT}), the same instance for the same text while a thread
 * reads a report: the lexicons that read lower-cased sentences (losses, background, retellings)
 * then share one lower-cased string per sentence, and so its {@link WordStarts}.
 */
public final class LowerCase {
    /** Texts a thread keeps, at most; then it starts afresh. */
    private static final int KEPT = 512;
    private static final ThreadLocal<IdentityHashMap<String, String>> LATELY =
            ThreadLocal.withInitial(IdentityHashMap::new);

    private LowerCase() {
    }

    public static String of(String text) {
        IdentityHashMap<String, String> lately = LATELY.get();
        String known = lately.get(text);
        if (known != null) {
            return known;
        }
        if (lately.size() >= KEPT) {
            lately.clear();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        lately.put(text, lower);
        return lower;
    }
}
