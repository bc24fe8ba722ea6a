package org.sitrep.store.review;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventType;
import org.sitrep.model.Modality;
import org.sitrep.model.SubEventType;
import org.sitrep.store.review.EventFields.Party;
import org.sitrep.store.review.EventFields.Place;

/**
 * A correction's {@code changes} ({@code {"sub_type": "Air/drone strike", "place": {...}}}) laid
 * over an event's fields, each checked: an unknown field or value is refused with a reason
 * ({@link IllegalArgumentException}), never stored.
 */
public final class FieldChanges {
    public static final Set<String> FIELDS = Set.of("type", "sub_type", "date", "date_precision", "actor1", "actor2",
            "sides", "place", "coordinates", "fatalities", "attribution", "modality");

    private FieldChanges() {
    }

    public static EventFields apply(EventFields f, Map<String, ?> changes) {
        if (changes == null || changes.isEmpty()) {
            throw new IllegalArgumentException("a correction needs 'changes': at least one of " + sorted());
        }
        for (String key : changes.keySet()) {
            if (!FIELDS.contains(key)) {
                throw new IllegalArgumentException("unknown field '" + key + "' in changes (known: " + sorted() + ")");
            }
        }
        String type = f.type();
        String subType = f.subType();
        if (changes.containsKey("sub_type")) {
            SubEventType sub = subType(text(changes, "sub_type"));
            subType = sub.label();
            type = sub.type().label();
            if (changes.containsKey("type") && !EventType.fromLabel(text(changes, "type")).equals(sub.type())) {
                throw new IllegalArgumentException("sub_type '" + subType + "' is of type '" + type + "', not '"
                        + text(changes, "type") + "'");
            }
        } else if (changes.containsKey("type")) {
            EventType t = eventType(text(changes, "type"));
            if (subType != null && !SubEventType.fromLabel(subType).type().equals(t)) {
                throw new IllegalArgumentException("type '" + t.label() + "' needs a sub_type of its own (the event's is '"
                        + subType + "')");
            }
            type = t.label();
        }
        LocalDate date = changes.containsKey("date") ? date(text(changes, "date")) : f.date();
        String precision = changes.containsKey("date_precision") ? precision(text(changes, "date_precision"))
                : f.datePrecision();
        Party actor1 = changes.containsKey("actor1") ? party(changes.get("actor1"), f.actor1(), "actor1") : f.actor1();
        Party actor2 = changes.containsKey("actor2") ? party(changes.get("actor2"), f.actor2(), "actor2") : f.actor2();
        if (changes.containsKey("sides")) {
            Map<?, ?> sides = map(changes.get("sides"), "sides");
            actor1 = withSide(actor1, sides.get("actor1"), "actor1");
            actor2 = withSide(actor2, sides.get("actor2"), "actor2");
        }
        Place place = f.place();
        if (changes.containsKey("place")) {
            place = place(map(changes.get("place"), "place"), place);
        }
        if (changes.containsKey("coordinates")) {
            Map<?, ?> point = map(changes.get("coordinates"), "coordinates");
            place = new Place(place == null ? null : place.name(), place == null ? null : place.admin1(),
                    latitude(point.get("latitude")), longitude(point.get("longitude")), 1);
        }
        Integer fatalities = changes.containsKey("fatalities") ? count(changes.get("fatalities")) : f.fatalities();
        String attribution = changes.containsKey("attribution") ? text(changes, "attribution") : f.attribution();
        String modality = changes.containsKey("modality") ? modality(text(changes, "modality")) : f.modality();
        return new EventFields(type, subType, date, precision, actor1, actor2, place, fatalities, attribution, modality);
    }

    private static String sorted() {
        return String.join(", ", new java.util.TreeSet<>(FIELDS));
    }

    private static String text(Map<String, ?> changes, String key) {
        Object v = changes.get(key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof String s)) {
            throw new IllegalArgumentException("'" + key + "' must be a string, not " + v);
        }
        return s.isBlank() ? null : s.strip();
    }

    private static SubEventType subType(String label) {
        try {
            return SubEventType.fromLabel(label);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown sub_type '" + label + "' (ACLED's sub-event types)");
        }
    }

    private static EventType eventType(String label) {
        try {
            return EventType.fromLabel(label);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown type '" + label + "' (ACLED's event types)");
        }
    }

    private static LocalDate date(String s) {
        try {
            return s == null ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date '" + s + "' is not YYYY-MM-DD");
        }
    }

    private static String precision(String s) {
        try {
            return s == null ? null : DatePrecision.valueOf(s.toUpperCase(java.util.Locale.ROOT)).label();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("date_precision '" + s + "' is day, week, month or year");
        }
    }

    private static String modality(String s) {
        try {
            return s == null ? null : Modality.valueOf(s.toUpperCase(java.util.Locale.ROOT)).label();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("modality '" + s + "' is asserted, claimed, reported or denied");
        }
    }

    /** An actor as a name, or as {name, side}; a side alone keeps the name. */
    private static Party party(Object v, Party current, String field) {
        if (v == null) {
            return null;
        }
        if (v instanceof String name) {
            return name.isBlank() ? null : new Party(name.strip(), current == null ? null : current.side());
        }
        Map<?, ?> m = map(v, field);
        Object name = m.containsKey("name") ? m.get("name") : current == null ? null : current.name();
        Object side = m.containsKey("side") ? m.get("side") : current == null ? null : current.side();
        if (name != null && !(name instanceof String) || side != null && !(side instanceof String)) {
            throw new IllegalArgumentException("'" + field + "' has a name and a side, both strings");
        }
        return new Party((String) name, (String) side);
    }

    private static Party withSide(Party p, Object side, String field) {
        if (side == null) {
            return p;
        }
        if (!(side instanceof String s)) {
            throw new IllegalArgumentException("sides." + field + " must be a string");
        }
        return new Party(p == null ? null : p.name(), s.strip());
    }

    private static Place place(Map<?, ?> m, Place current) {
        Object name = m.get("name");
        Object admin1 = m.get("admin1");
        if (name != null && !(name instanceof String) || admin1 != null && !(admin1 instanceof String)) {
            throw new IllegalArgumentException("'place' has name and admin1 as strings, latitude and longitude as numbers");
        }
        Double lat = m.containsKey("latitude") ? latitude(m.get("latitude")) : current == null ? null : current.latitude();
        Double lon = m.containsKey("longitude") ? longitude(m.get("longitude")) : current == null ? null : current.longitude();
        if (lat == null != (lon == null)) {
            throw new IllegalArgumentException("'place' needs both latitude and longitude, or neither");
        }
        Integer precision = m.get("geo_precision") instanceof Number n ? n.intValue() : 1;
        return new Place((String) name, (String) admin1, lat, lon, precision);
    }

    private static Double latitude(Object v) {
        return coordinate(v, 90, "latitude");
    }

    private static Double longitude(Object v) {
        return coordinate(v, 180, "longitude");
    }

    private static Double coordinate(Object v, double limit, String name) {
        if (v == null) {
            return null;
        }
        if (!(v instanceof Number n) || Double.isNaN(n.doubleValue()) || Math.abs(n.doubleValue()) > limit) {
            throw new IllegalArgumentException(name + " must be a number from -" + (int) limit + " to " + (int) limit
                    + ", not " + v);
        }
        return n.doubleValue();
    }

    private static Integer count(Object v) {
        if (!(v instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue()) || n.intValue() < 0) {
            throw new IllegalArgumentException("fatalities must be a whole number of 0 or more, not " + v);
        }
        return n.intValue();
    }

    private static Map<?, ?> map(Object v, String field) {
        if (!(v instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException("'" + field + "' must be an object");
        }
        return m;
    }
}
