package org.sitrep.server.index;

import java.util.Locale;
import org.sitrep.store.db.Keys;
import org.sitrep.store.event.BoundingBox;
import org.sitrep.store.event.EventQuery;

/**
 * An {@link EventQuery} compiled against one index's key numbers: the same comparisons as the
 * store's SQL filter (types without case; names, sides, places, sources by their {@link Keys}
 * form; words in the evidence's key form; undated events never match a date bound).
 */
final class EventMatcher {
    static final int ANY = Integer.MIN_VALUE;

    private final int from;
    private final int to;
    private final int type;
    private final int subType;
    private final int actor;
    private final int side;
    private final int place;
    private final int admin1;
    private final int admin2;
    private final int country;
    private final int source;
    private final BoundingBox bbox;
    private final String words;
    private final String reportId;
    /** A filter names a key no event has: nothing can match. */
    private final boolean nothing;

    EventMatcher(EventQuery q, KeyDictionary keys) {
        boolean[] none = {false};
        from = q.from() == null ? ANY : (int) q.from().toEpochDay();
        to = q.to() == null ? ANY : (int) q.to().toEpochDay();
        type = key(keys, blankToNull(q.eventType()) == null ? null : q.eventType().trim().toLowerCase(Locale.ROOT), none);
        subType = key(keys, blankToNull(q.subEventType()) == null ? null
                : q.subEventType().trim().toLowerCase(Locale.ROOT), none);
        actor = key(keys, Keys.of(q.actor()), none);
        side = key(keys, Keys.of(q.side()), none);
        place = key(keys, Keys.of(q.place()), none);
        admin1 = key(keys, Keys.of(q.governorate()), none);
        admin2 = key(keys, Keys.of(q.admin2()), none);
        country = key(keys, Keys.of(q.country()), none);
        source = key(keys, Keys.of(q.source()), none);
        bbox = q.bbox();
        words = Keys.of(q.text());
        reportId = blankToNull(q.reportId());
        nothing = none[0];
    }

    /** Whether only dated events between {@link #firstDay()} and {@link #lastDay()} can match. */
    boolean hasDateRange() {
        return from != ANY || to != ANY;
    }

    /** The first epoch day a match can have ({@code Integer.MIN_VALUE + 1} when open). */
    int firstDay() {
        return from == ANY ? Integer.MIN_VALUE + 1 : from;
    }

    /** The last epoch day a match can have ({@code Integer.MAX_VALUE} when open). */
    int lastDay() {
        return to == ANY ? Integer.MAX_VALUE : to;
    }

    boolean matchesNothing() {
        return nothing;
    }

    /** The key a match must hold in {@code column}, or {@link #ANY}. */
    int required(KeyColumn column) {
        return switch (column) {
            case TYPE -> type;
            case SUB_TYPE -> subType;
            case ACTOR -> actor;
            case SIDE -> side;
            case PLACE -> place;
            case ADMIN1 -> admin1;
            case ADMIN2 -> admin2;
            case COUNTRY -> country;
            case SOURCE -> source;
        };
    }

    boolean matches(IndexedEvent e) {
        if (from != ANY && (e.day() == IndexedEvent.UNDATED || e.day() < from)) {
            return false;
        }
        if (to != ANY && (e.day() == IndexedEvent.UNDATED || e.day() > to)) {
            return false;
        }
        if (type != ANY && e.type() != type || subType != ANY && e.subType() != subType) {
            return false;
        }
        if (actor != ANY && !contains(e.actors(), actor) || side != ANY && !contains(e.sides(), side)) {
            return false;
        }
        if (place != ANY && e.placeName() != place && e.mention() != place) {
            return false;
        }
        if (admin1 != ANY && e.admin1() != admin1 || admin2 != ANY && e.admin2() != admin2
                || country != ANY && e.country() != country) {
            return false;
        }
        if (source != ANY && e.sourceKey() != source && e.outlet() != source) {
            return false;
        }
        if (bbox != null && !(e.placed() && e.latitude() >= bbox.south() && e.latitude() <= bbox.north()
                && e.longitude() >= bbox.west() && e.longitude() <= bbox.east())) {
            return false;
        }
        if (words != null && (e.evidence() == null || !e.evidence().contains(words))) {
            return false;
        }
        return reportId == null || reportId.equals(e.reportId());
    }

    /** ANY for no filter; the key's number, noting in {@code none} a key no event has. */
    private static int key(KeyDictionary keys, String key, boolean[] none) {
        if (key == null) {
            return ANY;
        }
        int id = keys.find(key);
        if (id == KeyDictionary.NONE) {
            none[0] = true;
        }
        return id;
    }

    private static boolean contains(int[] keys, int key) {
        for (int k : keys) {
            if (k == key) {
                return true;
            }
        }
        return false;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
