package org.sitrep.gazetteer;

import java.util.AbstractList;
import java.util.List;

/**
 * A list of names kept as one string (separated by U+001F) and split only when first read: the
 * built-in gazetteer's 650,000 alternate names cost one string per place until a place is used.
 */
final class JoinedNames extends AbstractList<String> {

    static final char SEPARATOR = '\u001F';

    private final String joined;
    private volatile List<String> split;

    JoinedNames(String joined) {
        this.joined = joined;
    }

    static String join(List<String> names) {
        return String.join(String.valueOf(SEPARATOR), names);
    }

    private List<String> names() {
        List<String> s = split;
        if (s == null) {
            s = joined.isEmpty() ? List.of() : List.of(joined.split(String.valueOf(SEPARATOR)));
            split = s;
        }
        return s;
    }

    @Override
    public String get(int index) {
        return names().get(index);
    }

    @Override
    public int size() {
        return names().size();
    }
}
