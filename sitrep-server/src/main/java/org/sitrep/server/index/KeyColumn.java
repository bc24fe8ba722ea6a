package org.sitrep.server.index;

import java.util.function.Function;

/**
 * The columns a query can name a key of, each with the keys an event holds in it: the index keeps
 * the events of every key per column ({@link Postings}), so such a filter reads only its events.
 */
enum KeyColumn {
    TYPE(e -> new int[] {e.type()}),
    SUB_TYPE(e -> new int[] {e.subType()}),
    ACTOR(IndexedEvent::actors),
    SIDE(IndexedEvent::sides),
    /** The gazetteer's name or the report's mention: a place filter matches either. */
    PLACE(e -> new int[] {e.placeName(), e.mention()}),
    ADMIN1(e -> new int[] {e.admin1()}),
    ADMIN2(e -> new int[] {e.admin2()}),
    COUNTRY(e -> new int[] {e.country()}),
    /** The claim's source or the report's outlet. */
    SOURCE(e -> new int[] {e.sourceKey(), e.outlet()});

    private final Function<IndexedEvent, int[]> keys;

    KeyColumn(Function<IndexedEvent, int[]> keys) {
        this.keys = keys;
    }

    /** The event's keys in this column; may repeat a key or hold {@link KeyDictionary#NONE}. */
    int[] keysOf(IndexedEvent e) {
        return keys.apply(e);
    }
}
