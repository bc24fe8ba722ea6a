package org.sitrep.ingest.regex;

/** Reads the shape of a regex written in a data file: where its groups and classes close, whether it has alternatives. */
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

    /**
     * Index just past the character class whose "[" ends at {@code afterOpen - 1}: classes nested in
     * it ("[a-z&&[^q]]") and a "]" written first ("[]x]", "[^]x]") are inside it.
     *
     * @throws IndexOutOfBoundsException when the class is not closed
     */
    public static int afterClass(String regex, int afterOpen) {
        int at = afterOpen;
        if (regex.charAt(at) == '^') {
            at++;
        }
        if (regex.charAt(at) == ']') {
            at++;
        }
        int depth = 1;
        while (depth > 0) {
            char c = regex.charAt(at++);
            if (c == '\\') {
                at++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
        }
        return at;
    }
}
