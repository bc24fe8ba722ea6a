package org.sitrep.ingest.regex;

import java.util.OptionalInt;

/**
 * The most characters (code points) a regex written in a data file can match, read from its text:
 * a text longer than that cannot be matched whole, so a whole-line pattern need not be tried on a
 * long paragraph. An upper bound, never less than the truth; empty when a match can be any length
 * ("\s*", "+", "{2,}", a back-reference) or the regex uses a construct this reader does not know.
 */
public final class RegexLength {
    private static final long UNBOUNDED = Long.MAX_VALUE / 4;

    private final String regex;
    private int at;

    private RegexLength(String regex) {
        this.regex = regex;
    }

    /** The bound, or empty when there is none (or it is not read). */
    public static OptionalInt maxCodePoints(String regex) {
        RegexLength reader = new RegexLength(regex);
        try {
            long most = reader.alternatives();
            if (reader.at != regex.length() || most >= Integer.MAX_VALUE) {
                return OptionalInt.empty();
            }
            return OptionalInt.of((int) most);
        } catch (NotRead | IndexOutOfBoundsException | NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** A construct whose length is not read here: the regex gets no bound. */
    private static final class NotRead extends RuntimeException {
        NotRead() {
            super(null, null, false, false);
        }
    }

    private long alternatives() {
        long most = sequence();
        while (at < regex.length() && regex.charAt(at) == '|') {
            at++;
            most = Math.max(most, sequence());
        }
        return most;
    }

    private long sequence() {
        long sum = 0;
        while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
            long atom = atom();
            sum = Math.min(UNBOUNDED, sum + repeated(atom));
        }
        return sum;
    }

    private long atom() {
        char c = regex.charAt(at);
        switch (c) {
            case '(':
                return group();
            case '[':
                at = RegexShape.afterClass(regex, at + 1);
                return 1;
            case '\\':
                return escape();
            case '^':
            case '$':
                at++;
                return 0;
            case '*':
            case '+':
            case '?':
            case '{':
                throw new NotRead(); // a quantifier with nothing before it
            default:
                at++;
                return 1;
        }
    }

    /** From "(" to just past its ")": lookarounds and flag groups match nothing themselves. */
    private long group() {
        at++;
        boolean zeroWidth = false;
        if (regex.charAt(at) == '?') {
            at++;
            char kind = regex.charAt(at);
            if (kind == '=' || kind == '!') {
                at++;
                zeroWidth = true;
            } else if (kind == '<' && (regex.charAt(at + 1) == '=' || regex.charAt(at + 1) == '!')) {
                at += 2;
                zeroWidth = true;
            } else if (kind == '<') {
                at = regex.indexOf('>', at) + 1; // a named group
            } else if (kind == '>' || kind == ':') {
                at++;
            } else {
                while (Character.isLetter(regex.charAt(at)) || regex.charAt(at) == '-') {
                    if (regex.charAt(at) == 'x') {
                        throw new NotRead(); // comments mode: the text is no longer the shape
                    }
                    at++; // flags: "(?i)" alone, or "(?i:" opening a group
                }
                if (regex.charAt(at) == ')') {
                    at++;
                    return 0;
                }
                if (regex.charAt(at) != ':') {
                    throw new NotRead();
                }
                at++;
            }
        }
        long inner = alternatives();
        if (regex.charAt(at) != ')') {
            throw new NotRead();
        }
        at++;
        return zeroWidth ? 0 : inner;
    }

    private long escape() {
        at++;
        char e = regex.charAt(at++);
        switch (e) {
            case 'b':
            case 'B':
            case 'A':
            case 'z':
            case 'Z':
            case 'G':
                return 0;
            case 'Q': {
                int end = regex.indexOf("\\E", at);
                String quoted = end < 0 ? regex.substring(at) : regex.substring(at, end);
                at = end < 0 ? regex.length() : end + 2;
                return quoted.codePointCount(0, quoted.length());
            }
            case 'p':
            case 'P':
            case 'x':
            case 'N':
                if (regex.charAt(at) == '{') {
                    at = regex.indexOf('}', at) + 1;
                } else {
                    at += e == 'x' ? 2 : 1;
                }
                return 1;
            case 'u':
                at += 4;
                return 1;
            case 'c':
                at++;
                return 1;
            case '0':
                while (at < regex.length() && regex.charAt(at) >= '0' && regex.charAt(at) <= '7') {
                    at++;
                }
                return 1;
            case 'R':
                return 2; // "\r\n" is one line break
            case 'X':
            case 'k':
                throw new NotRead(); // a grapheme cluster or a named back-reference: any length
            default:
                if (e >= '1' && e <= '9') {
                    throw new NotRead(); // a back-reference: as long as its group
                }
                return 1;
        }
    }

    /** The atom's bound times the quantifier after it, if any (lazy and possessive forms too). */
    private long repeated(long atom) {
        if (at >= regex.length()) {
            return atom;
        }
        long times;
        char q = regex.charAt(at);
        if (q == '?') {
            times = 1;
            at++;
        } else if (q == '*' || q == '+') {
            times = UNBOUNDED;
            at++;
        } else if (q == '{') {
            int close = regex.indexOf('}', at);
            String range = regex.substring(at + 1, close);
            int comma = range.indexOf(',');
            times = comma < 0 ? Long.parseLong(range.strip())
                    : comma == range.length() - 1 ? UNBOUNDED : Long.parseLong(range.substring(comma + 1).strip());
            at = close + 1;
        } else {
            return atom;
        }
        if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
            at++;
        }
        if (atom == 0) {
            return 0;
        }
        return times >= UNBOUNDED ? UNBOUNDED : Math.min(UNBOUNDED, atom * times);
    }
}
