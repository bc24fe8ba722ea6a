package org.sitrep.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A data file split into named [sections] of entries, one per line. */
public final class Lexicon {
    private final Map<String, List<String>> sections;

    private Lexicon(Map<String, List<String>> sections) {
        this.sections = sections;
    }

    public static Lexicon bundled(String name) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : Resources.lines(name)) {
            if (line.startsWith("[") && line.endsWith("]")) {
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
            } else if (current != null) {
                current.add(line);
            }
        }
        return new Lexicon(sections);
    }

    public List<String> list(String section) {
        List<String> l = sections.get(section);
        if (l == null) {
            throw new IllegalStateException("lexicon section missing: " + section);
        }
        return l;
    }

    public Set<String> set(String section) {
        return Set.copyOf(list(section));
    }
}
