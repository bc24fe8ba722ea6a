package org.sitrep.ingest.regex;

import java.util.Locale;

/**
 * A text in lower case ({@link Locale#ROOT}), the same instance for the same text while a thread
 * reads a report: the lexicons that read lower-cased sentences (losses, background, retellings)
 * then share one lower-cased string per sentence, and so its {@link WordStarts}.
 */
public final class LowerCase {
    private static final RecentTexts<String> LATELY = new RecentTexts<>(text -> text.toLowerCase(Locale.ROOT));

    private LowerCase() {
    }

    public static String of(String text) {
        return LATELY.of(text);
    }
}
