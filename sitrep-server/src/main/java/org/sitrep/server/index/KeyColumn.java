package org.sitrep.server.index;

/**
 * The columns a query can name a key of, each with the keys an event holds in it: the index keeps
 * the events of every key per column ({@link Postings}), so such a filter reads only its events.
 */
enum KeyColumn {
    TYPE((c, i) -> new int[] {c.type(i)}),
    SUB_TYPE((c, i) -> new int[] {c.subType(i)}),
    ACTOR(EventColumns::actors),
    SIDE(EventColumns::sides),
    /** The gazetteer's name or the report's mention: a place filter matches either. */
    PLACE((c, i) -> new int[] {c.placeName(i), c.mention(i)}),
    ADMIN1((c, i) -> new int[] {c.admin1(i)}),
    ADMIN2((c, i) -> new int[] {c.admin2(i)}),
    COUNTRY((c, i) -> new int[] {c.country(i)}),
    /** The claim's source or the report's outlet. */
    SOURCE((c, i) -> new int[] {c.sourceKey(i), c.outlet(i)});

    /** An event's keys in one column (primitive index: no boxing per event). */
    @FunctionalInterface
    private interface Keys {
        int[] of(EventColumns c, int i);
    }

    private final Keys keys;

    KeyColumn(Keys keys) {
        this.keys = keys;
    }

    /** Event i's keys in this column; may repeat a key or hold {@link KeyDictionary#NONE}. */
    int[] keysOf(EventColumns c, int i) {
        return keys.of(c, i);
    }
}
