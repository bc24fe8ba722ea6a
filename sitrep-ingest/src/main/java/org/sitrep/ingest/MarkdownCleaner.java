package org.sitrep.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one line of markdown-ish web text (as saved from news sites) into plain text, keeping for
 * every character its offset in the source: link and image markup, emphasis, escapes, inline HTML
 * tags, character references, heading/quote/bullet prefixes and horizontal rules go; the words
 * stay.
 */
final class MarkdownCleaner {
    private static final Pattern HTML_TAG = Pattern.compile(
            "</?(?:a|abbr|b|big|blockquote|br|center|cite|code|del|div|em|font|h[1-6]|hr|i|img|ins|kbd|li|mark"
                    + "|ol|p|q|s|small|span|strike|strong|sub|sup|table|tbody|td|th|thead|tr|u|ul)(?:\\s[^<>]*)?/?>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BREAKING_TAG = Pattern.compile("</?(?:br|p|div|li|h[1-6]|hr|t[dhr])\\b.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|ftp|mailto):[^<>\\s]+)>");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->");
    private static final Pattern RULE = Pattern.compile("[ \\t]*(?:[-*_=][ \\t]*){3,}");
    private static final Pattern HEADING = Pattern.compile("[ \\t]*#{1,6}(?:[ \\t]+|$)");
    private static final Pattern QUOTE_OR_BULLET = Pattern.compile("[ \\t]*(?:>|[-*+\\u2022](?=[ \\t]))[ \\t]*");
    private static final Pattern CLOSING_HASHES = Pattern.compile("[ \\t]+#+[ \\t]*$");

    /** Cleans {@code source[start, end)}, one line without its line break. */
    Line cleanLine(String source, int start, int end) {
        if (RULE.matcher(source).region(start, end).matches()) {
            return Line.BLANK;
        }
        int from = start;
        boolean heading = false;
        Matcher h = HEADING.matcher(source).region(start, end);
        if (h.lookingAt()) {
            heading = true;
            from = h.end();
            Matcher closing = CLOSING_HASHES.matcher(source).region(from, end);
            if (closing.find()) {
                end = closing.start();
            }
        }
        Matcher prefix = QUOTE_OR_BULLET.matcher(source);
        while (from < end && prefix.region(from, end).lookingAt() && prefix.end() > from) {
            from = prefix.end();
        }
        MappedTextBuilder out = new MappedTextBuilder();
        inline(source, from, end, out);
        return new Line(out.build().strip(), heading);
    }

    private void inline(String s, int from, int end, MappedTextBuilder out) {
        int i = from;
        while (i < end) {
            char c = s.charAt(i);
            int next = switch (c) {
                case '\\' -> escape(s, i, end, out);
                case '!' -> image(s, i, end);
                case '[' -> link(s, i, end, out);
                case '<' -> angle(s, i, end, out);
                case '&' -> Entities.decodeAt(s, i, end, out);
                case '*', '_' -> emphasis(s, from, i, end);
                default -> i;
            };
            if (next == i) {
                out.appendVisible(c, i);
                next = i + 1;
            }
            i = next;
        }
    }

    private static int escape(String s, int i, int end, MappedTextBuilder out) {
        if (i + 1 < end && isAsciiPunctuation(s.charAt(i + 1))) {
            out.append(s.charAt(i + 1), i + 1);
            return i + 2;
        }
        return i;
    }

    /** {@code ![alt](url)}: an image is not article text. */
    private static int image(String s, int i, int end) {
        if (i + 1 < end && s.charAt(i + 1) == '[') {
            int[] link = parseLink(s, i + 1, end);
            if (link != null) {
                return link[1];
            }
        }
        return i;
    }

    /** {@code [text](url)} or {@code [text][ref]}: keep the text, drop the target. */
    private int link(String s, int i, int end, MappedTextBuilder out) {
        int[] link = parseLink(s, i, end);
        if (link == null) {
            return i;
        }
        inline(s, i + 1, link[0], out);
        return link[1];
    }

    /** Returns {end of link text, end of link} for a link starting at the '[' at {@code i}, or null. */
    private static int[] parseLink(String s, int i, int end) {
        int close = matching(s, i, end, '[', ']');
        if (close < 0 || close + 1 >= end) {
            return null;
        }
        char after = s.charAt(close + 1);
        int targetEnd = after == '(' ? matching(s, close + 1, end, '(', ')')
                : after == '[' ? matching(s, close + 1, end, '[', ']') : -1;
        return targetEnd < 0 ? null : new int[] {close, targetEnd + 1};
    }

    private static int matching(String s, int open, int end, char opening, char closing) {
        int depth = 0;
        for (int k = open; k < end; k++) {
            char c = s.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == opening) {
                depth++;
            } else if (c == closing && --depth == 0) {
                return k;
            }
        }
        return -1;
    }

    /** Autolinks keep their address (it is what the reader saw); tags and comments go. */
    private static int angle(String s, int i, int end, MappedTextBuilder out) {
        Matcher auto = AUTOLINK.matcher(s).region(i, end);
        if (auto.lookingAt()) {
            for (int k = auto.start(1); k < auto.end(1); k++) {
                out.append(s.charAt(k), k);
            }
            return auto.end();
        }
        Matcher comment = COMMENT.matcher(s).region(i, end);
        if (comment.lookingAt()) {
            return comment.end();
        }
        Matcher tag = HTML_TAG.matcher(s).region(i, end);
        if (tag.lookingAt()) {
            if (BREAKING_TAG.matcher(tag.group()).matches()) {
                out.appendSpace(i);
            }
            return tag.end();
        }
        return i;
    }

    /**
     * A run of {@code *} or {@code _} next to a word is an emphasis marker and goes; one with
     * space on both sides, or an underscore inside a word, is a literal character.
     */
    private static int emphasis(String s, int from, int i, int end) {
        char c = s.charAt(i);
        int j = i;
        while (j < end && s.charAt(j) == c) {
            j++;
        }
        char before = i > from ? s.charAt(i - 1) : ' ';
        char after = j < end ? s.charAt(j) : ' ';
        boolean spaceBefore = Character.isWhitespace(before);
        boolean spaceAfter = Character.isWhitespace(after);
        if (spaceBefore && spaceAfter) {
            return i;
        }
        if (c == '_' && Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after)) {
            return i;
        }
        return j;
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && c > ' ';
    }
}
