package org.sitrep.server;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sitrep.model.EventType;
import org.sitrep.model.SubEventType;
import org.sitrep.store.PageRequest;
import org.sitrep.store.event.BoundingBox;
import org.sitrep.store.event.EventQuery;

/**
 * Turns request parameters (the API's query string, the export command's options) into a store
 * query, refusing anything that is not valid with a {@link BadParameterException} that names the
 * parameter. Values only ever reach the database as bound parameters; the checks here are so a
 * client learns of a typo (an unknown parameter, type or date) instead of getting an empty page.
 */
public final class Filters {
    /** The event filters, as query parameter names. */
    public static final Set<String> EVENT_FILTERS = Set.of("from", "to", "type", "sub_type", "actor", "side", "place",
            "admin1", "governorate", "admin2", "country", "bbox", "source", "text", "report", "status", "reviewer", "corrected",
            "updated_since");
    public static final Set<String> PAGING = Set.of("page", "size");
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;
    /** Deep offsets cost the database a scan; nobody pages this far by hand. */
    public static final int MAX_OFFSET = 1_000_000;
    static final int MAX_NAME_LENGTH = 200;

    /** Letters of any script, digits, spaces and the punctuation names have (Hay'at, al-Sham, A.B., (SDF)). */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}\\p{N} '\u2019\u2018`.,()/&_-]+");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    private Filters() {
    }

    /** Refuses parameters not in {@code allowed}, and parameters given twice. */
    public static void requireKnown(Map<String, List<String>> params, Set<String> allowed) {
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw new BadParameterException("unknown parameter '" + clip(e.getKey()) + "' (known: "
                        + allowed.stream().sorted().collect(Collectors.joining(", ")) + ")");
            }
            if (e.getValue().size() > 1) {
                throw new BadParameterException("parameter '" + e.getKey() + "' is given more than once");
            }
        }
    }

    /** The event query the parameters describe; unset or empty parameters do not filter. */
    public static EventQuery eventQuery(Map<String, List<String>> params) {
        LocalDate from = date(params, "from");
        LocalDate to = date(params, "to");
        if (from != null && to != null && to.isBefore(from)) {
            throw new BadParameterException("'to' (" + to + ") is before 'from' (" + from + ")");
        }
        EventType type = eventType(value(params, "type"));
        SubEventType subType = subEventType(value(params, "sub_type"));
        if (type != null && subType != null && subType.type() != type) {
            throw new BadParameterException("sub-event type '" + subType.label() + "' belongs to '"
                    + subType.type().label() + "', not to '" + type.label() + "'");
        }
        String admin1 = name(params, "admin1");
        String governorate = name(params, "governorate");
        if (admin1 != null && governorate != null) {
            throw new BadParameterException("give 'admin1' or its synonym 'governorate', not both");
        }
        String bbox = value(params, "bbox");
        return EventQuery.builder()
                .from(from)
                .to(to)
                .eventType(type == null ? null : type.label())
                .subEventType(subType == null ? null : subType.label())
                .actor(name(params, "actor"))
                .side(name(params, "side"))
                .place(name(params, "place"))
                .governorate(admin1 != null ? admin1 : governorate)
                .admin2(name(params, "admin2"))
                .country(name(params, "country"))
                .bbox(bbox == null ? null : bbox(bbox))
                .source(name(params, "source"))
                .text(words(params, "text"))
                .reportId(text(params, "report"))
                .build();
    }

    /** {@code page} (from 1) and {@code size} (1 to {@link #MAX_SIZE}) as a store page request. */
    public static PageRequest page(Map<String, List<String>> params) {
        int page = integer(params, "page", 1);
        int size = integer(params, "size", DEFAULT_SIZE);
        if (page < 1) {
            throw new BadParameterException("'page' counts from 1, not " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadParameterException("'size' must be 1 to " + MAX_SIZE + ", not " + size);
        }
        long offset = (long) (page - 1) * size;
        if (offset > MAX_OFFSET) {
            throw new BadParameterException("page " + page + " of size " + size + " is beyond the last row an API "
                    + "page may start at (" + MAX_OFFSET + "): narrow the filters or use 'sitrep export'");
        }
        return new PageRequest((int) offset, size);
    }

    /** An ISO date parameter, or null when absent. */
    public static LocalDate date(Map<String, List<String>> params, String name) {
        String v = value(params, name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new BadParameterException("'" + name + "' must be a date YYYY-MM-DD, not '" + clip(v) + "'");
        }
    }

    public static EventType eventType(String label) {
        if (label == null) {
            return null;
        }
        try {
            return EventType.fromLabel(label);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("unknown event type '" + clip(label) + "' (known: "
                    + Arrays.stream(EventType.values()).map(EventType::label).collect(Collectors.joining(", ")) + ")");
        }
    }

    public static SubEventType subEventType(String label) {
        if (label == null) {
            return null;
        }
        try {
            return SubEventType.fromLabel(label);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("unknown sub-event type '" + clip(label) + "' (known: "
                    + Arrays.stream(SubEventType.values()).map(SubEventType::label).collect(Collectors.joining(", "))
                    + ")");
        }
    }

    public static BoundingBox bbox(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 4) {
            throw new BadParameterException("'bbox' must be four numbers west,south,east,north, not '" + clip(text) + "'");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new BadParameterException("'bbox' must be four numbers west,south,east,north, not '"
                        + clip(text) + "'");
            }
            if (!Double.isFinite(v[i])) {
                throw new BadParameterException("'bbox' must be four finite numbers, not '" + clip(text) + "'");
            }
        }
        if (v[0] < -180 || v[2] > 180 || v[1] < -90 || v[3] > 90) {
            throw new BadParameterException("'bbox' is outside longitude -180..180 or latitude -90..90: " + clip(text));
        }
        try {
            return new BoundingBox(v[0], v[1], v[2], v[3]);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException(e.getMessage());
        }
    }

    /** A name filter (actor, side, place, ...): letters, digits and the punctuation of names only. */
    static String name(Map<String, List<String>> params, String param) {
        String v = value(params, param);
        if (v == null) {
            return null;
        }
        checkLength(param, v);
        if (!NAME.matcher(v).matches()) {
            String bad = v.codePoints().filter(cp -> !NAME.matcher(new String(Character.toChars(cp))).matches())
                    .limit(1).mapToObj(cp -> new String(Character.toChars(cp))).findFirst().orElse("?");
            throw new BadParameterException("'" + param + "' is a name: the character '" + printable(bad)
                    + "' is not allowed in it");
        }
        requireWord(param, v);
        return v;
    }

    /** A free-text filter: any printable text, matched literally. */
    static String text(Map<String, List<String>> params, String param) {
        String v = value(params, param);
        if (v == null) {
            return null;
        }
        checkLength(param, v);
        if (CONTROL.matcher(v).find()) {
            throw new BadParameterException("'" + param + "' holds a control character");
        }
        return v;
    }

    /** Filters compare letters and digits only: a value without any would match everything. */
    private static void requireWord(String param, String v) {
        if (v.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new BadParameterException("'" + param + "' has no letter or digit to match: '" + clip(v) + "'");
        }
    }

    /** A free-text filter matched on its words: it needs at least one letter or digit. */
    static String words(Map<String, List<String>> params, String param) {
        String v = text(params, param);
        if (v != null) {
            requireWord(param, v);
        }
        return v;
    }

    static int integer(Map<String, List<String>> params, String name, int fallback) {
        String v = value(params, name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new BadParameterException("'" + name + "' must be a whole number, not '" + clip(v) + "'");
        }
    }

    /** A required whole number within [min, max]. */
    public static int wholeNumber(Map<String, List<String>> params, String name, int min, int max) {
        if (value(params, name) == null) {
            throw new BadParameterException("'" + name + "' is required: a whole number " + min + " to " + max);
        }
        int v = integer(params, name, min);
        if (v < min || v > max) {
            throw new BadParameterException("'" + name + "' must be " + min + " to " + max + ", not " + v);
        }
        return v;
    }

    /** A map view's box, west,south,east,north in degrees. */
    public static BoundingBox boundingBox(String text) {
        return bbox(text);
    }

    /** The parameter's single value, stripped; null when absent or blank. */
    public static String value(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        String v = values.get(0);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** The union of parameter name sets, for {@link #requireKnown}. */
    public static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> s = new LinkedHashSet<>(a);
        s.addAll(b);
        return s;
    }

    private static void checkLength(String param, String v) {
        if (v.length() > MAX_NAME_LENGTH) {
            throw new BadParameterException("'" + param + "' is longer than " + MAX_NAME_LENGTH + " characters");
        }
    }

    private static String printable(String s) {
        return CONTROL.matcher(s).find() ? String.format("U+%04X", s.codePointAt(0)) : s;
    }

    /** A client's value echoed in a message: no control characters, at most 60 characters. */
    public static String clip(String s) {
        String p = CONTROL.matcher(s).replaceAll("?");
        return p.length() > 60 ? p.substring(0, 60) + "…" : p;
    }
}
