package org.sitrep.server.index;

import java.util.BitSet;
import java.util.Locale;
import java.util.function.Function;
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
    /** The events whose evidence holds the words searched for (in key form, as the evidence is kept), or null. */
    private final BitSet words;
    private final String reportId;
    /** A filter names a key no event has: nothing can match. */
    private final boolean nothing;
    /** What the matcher tests, as a value: two matchers of one index with equal keys match the same events. */
    private final Key key;

    private record Key(int from, int to, int type, int subType, int actor, int side, int place, int admin1, int admin2,
            int country, int source, BoundingBox bbox, String words, String reportId) {
    }

    /** @param searches the events holding some words, in key form (an index remembers recent searches) */
    EventMatcher(EventQuery q, KeyDictionary keys, Function<String, BitSet> searches) {
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
        String text = Keys.of(q.text());
        words = text == null ? null : searches.apply(text);
        reportId = blankToNull(q.reportId());
        nothing = none[0];
        key = new Key(from, to, type, subType, actor, side, place, admin1, admin2, country, source, bbox, text, reportId);
    }

    /** Equal for matchers (of one index) that match the same events. */
    Object key() {
        return key;
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

    /** Whether event i of the columns matches; {@code reports} numbers the report ids. */
    boolean matches(EventColumns e, int i, KeyDictionary reports) {
        int day = e.day(i);
        if (from != ANY && (day == EventColumns.UNDATED || day < from)) {
            return false;
        }
        if (to != ANY && (day == EventColumns.UNDATED || day > to)) {
            return false;
        }
        if (type != ANY && e.type(i) != type || subType != ANY && e.subType(i) != subType) {
            return false;
        }
        if (actor != ANY && !e.hasActor(i, actor) || side != ANY && !e.hasSide(i, side)) {
            return false;
        }
        if (place != ANY && e.placeName(i) != place && e.mention(i) != place) {
            return false;
        }
        if (admin1 != ANY && e.admin1(i) != admin1 || admin2 != ANY && e.admin2(i) != admin2
                || country != ANY && e.country(i) != country) {
            return false;
        }
        if (source != ANY && e.sourceKey(i) != source && e.outlet(i) != source) {
            return false;
        }
        return matchesBeyondKeysAndDays(e, i, reports);
    }

    /**
     * Whether event i matches, given that it holds every required key and lies in the date window
     * (a candidate of the index's postings): only the box, the words and the report are left to test.
     */
    boolean matchesBeyondKeysAndDays(EventColumns e, int i, KeyDictionary reports) {
        if (bbox != null && !(e.placed(i) && inBox(e.latitude(i), e.longitude(i)))) {
            return false;
        }
        if (words != null && !words.get(i)) {
            return false;
        }
        return reportId == null || reportId.equals(reports.name(e.report(i)));
    }

    /** Whether a coordinate passes the box filter (any does without one). */
    boolean inBox(double latitude, double longitude) {
        return bbox == null || latitude >= bbox.south() && latitude <= bbox.north() && longitude >= bbox.west()
                && longitude <= bbox.east();
    }

    /** Whether the query tests nothing but a date window, a box and an event type (a map view). */
    boolean onlyDaysBoxAndType() {
        return subType == ANY && actor == ANY && side == ANY && place == ANY && admin1 == ANY && admin2 == ANY
                && country == ANY && source == ANY && words == null && reportId == null;
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
