package org.sitrep.ingest.regex;

import java.util.IdentityHashMap;
import java.util.function.Function;

/**
 * What was worked out from the texts a thread read lately, by the text's identity: a report's
 * sentences go through several readers stage by stage, and a string is immutable, so what one
 * reader worked out from it holds for the next. At most {@link #KEPT} texts; then it starts afresh.
 */
final class RecentTexts<V> {
    private static final int KEPT = 512;

    private final ThreadLocal<IdentityHashMap<String, V>> lately = ThreadLocal.withInitial(IdentityHashMap::new);
    private final Function<String, V> work;

    RecentTexts(Function<String, V> work) {
        this.work = work;
    }

    V of(String text) {
        IdentityHashMap<String, V> kept = lately.get();
        V known = kept.get(text);
        if (known != null) {
            return known;
        }
        if (kept.size() >= KEPT) {
            kept.clear();
        }
        V value = work.apply(text);
        kept.put(text, value);
        return value;
    }
}
