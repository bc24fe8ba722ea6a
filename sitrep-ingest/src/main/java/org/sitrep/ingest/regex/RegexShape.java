package org.sitrep.ingest.regex;

/** Reads the shape of a regex written in a data file: where its groups close, whether it has alternatives. */
public final class RegexShape {
    private RegexShape() {
    }

    /**
     * Index of the first {@code target} ('|' or ')') outside groups opened from {@code from} on,
     * character classes and escapes; -1 when there is none. From just after a "(", target ')'
     * gives the group's end.
     */
    public static int indexAtTopLevel(String regex, int from, char target) {
        int depth = 0;
        boolean inClass = false;
        for (int i = from; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (c == target && depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
