package org.sitrep.ingest;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The labels of header fields, read from the data file {@code header-fields.txt}. */
final class HeaderFields {
    /** The kinds of field; tags and ignored lines need their colon ("Region: …"), names do not ("By …"). */
    enum Kind {
        TAG(true), AUTHOR(false), SOURCE(false), IGNORE(true);

        final boolean colonRequired;

        Kind(boolean colonRequired) {
            this.colonRequired = colonRequired;
        }
    }

    private static final String RESOURCE = "header-fields.txt";

    private final Map<Kind, Pattern> labels;

    private HeaderFields(Map<Kind, Pattern> labels) {
        this.labels = labels;
    }

    static HeaderFields defaults() {
        Map<Kind, StringBuilder> alternatives = new EnumMap<>(Kind.class);
        for (String rule : DataFiles.rules(RESOURCE)) {
            String[] parts = rule.split("\\s+", 2);
            StringBuilder alt = alternatives.computeIfAbsent(Kind.valueOf(parts[0].toUpperCase(Locale.ROOT)),
                    k -> new StringBuilder());
            alt.append(alt.length() == 0 ? "" : "|").append(parts[1]);
        }
        Map<Kind, Pattern> labels = new EnumMap<>(Kind.class);
        alternatives.forEach((kind, alt) -> labels.put(kind, Pattern.compile(
                "^(?<label>" + alt + ")\\b\\s*" + (kind.colonRequired ? ":" : ":?") + "\\s*(?<value>.+)$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        return new HeaderFields(labels);
    }

    /** The pattern of a kind, with groups "label" and "value"; null if the file has none. */
    Pattern pattern(Kind kind) {
        return labels.get(kind);
    }
}
