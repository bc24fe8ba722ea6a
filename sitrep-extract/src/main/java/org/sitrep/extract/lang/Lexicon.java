package org.sitrep.extract.lang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A data file split into named [sections] of entries, one per line. */
public final class Lexicon {
    private final String origin;
    private final Map<String, List<String>> sections;

    private Lexicon(String origin, Map<String, List<String>> sections) {
        this.origin = origin;
        this.sections = sections;
    }

    /**
     * @param origin what the lines are, for errors ("language en, lang/en/places.txt")
     * @param lines  the file's non-blank, non-comment lines
     */
    public static Lexicon parse(String origin, List<String> lines) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : lines) {
            if (line.startsWith("[") && line.endsWith("]")) {
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
            } else if (current != null) {
                current.add(line);
            }
        }
        return new Lexicon(origin, sections);
    }

    public List<String> list(String section) {
        List<String> l = sections.get(section);
        if (l == null) {
            throw new IllegalStateException(origin + ": section [" + section + "] missing");
        }
        return l;
    }

    public Set<String> set(String section) {
        return Set.copyOf(list(section));
    }

    /** The section's entries as one regex alternative, in file order: {@code (?:a|b|c)}. */
    public String alternation(String section) {
        return "(?:" + String.join("|", list(section)) + ")";
    }
}
