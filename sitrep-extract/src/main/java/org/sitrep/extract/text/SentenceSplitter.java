package org.sitrep.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a body (paragraphs separated by a blank line) into sentences: at ., ! or ? followed by
 * white space and a capital, digit or quote, except after a known abbreviation or an initial.
 */
public final class SentenceSplitter {
    private final Set<String> abbreviations;
    private final DateLines dateLines;

    public SentenceSplitter(Set<String> abbreviations) {
        this(abbreviations, null);
    }

    /** @param dateLines date lines that end a headline run into its lead; null: none */
    public SentenceSplitter(Set<String> abbreviations, DateLines dateLines) {
        this.abbreviations = abbreviations;
        this.dateLines = dateLines;
    }

    public List<Sentence> split(String body) {
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        int pos = 0;
        while (pos <= body.length()) {
            int next = body.indexOf("\n\n", pos);
            int end = next < 0 ? body.length() : next;
            splitParagraph(body, pos, end, paragraph, out);
            if (next < 0) {
                break;
            }
            pos = next + 2;
            while (pos < body.length() && body.charAt(pos) == '\n') {
                pos++;
            }
            paragraph++;
        }
        return out;
    }

    private void splitParagraph(String body, int from, int to, int paragraph, List<Sentence> out) {
        int start = skipSpace(body, from, to);
        int[] dateLineEnds = dateLines == null ? new int[0] : dateLines.endsIn(body, start, to);
        int nextDateLine = 0;
        for (int i = start; i < to; i++) {
            while (nextDateLine < dateLineEnds.length && dateLineEnds[nextDateLine] < i) {
                nextDateLine++;
            }
            if (nextDateLine < dateLineEnds.length && dateLineEnds[nextDateLine] == i && i > start) {
                add(body, start, i, paragraph, out); // "… Wire Desk Sunday 4 May 2014" | "Nine residents …"
                start = skipSpace(body, i, to);
                i = start - 1;
                continue;
            }
            char c = body.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && isBoundary(body, start, i, to)) {
                int end = i + 1;
                while (end < to && isClosing(body.charAt(end))) {
                    end++;
                }
                add(body, start, end, paragraph, out);
                start = skipSpace(body, end, to);
                i = start - 1;
            }
        }
        add(body, start, to, paragraph, out);
    }

    private boolean isBoundary(String body, int sentenceStart, int dot, int to) {
        int j = dot + 1;
        while (j < to && isClosing(body.charAt(j))) {
            j++;
        }
        if (j >= to) {
            return true;
        }
        if (!Character.isWhitespace(body.charAt(j))) {
            return false;
        }
        while (j < to && Character.isWhitespace(body.charAt(j))) {
            j++;
        }
        if (j >= to) {
            return true;
        }
        char next = body.charAt(j);
        if (!(Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '“'
                || next == '\'' || next == '(')) {
            return false;
        }
        if (body.charAt(dot) != '.') {
            return true;
        }
        String word = wordBefore(body, sentenceStart, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false; // an initial: "J. Smith"
        }
        return !abbreviations.contains(word);
    }

    private static String wordBefore(String body, int floor, int dot) {
        int k = dot;
        while (k > floor && !Character.isWhitespace(body.charAt(k - 1)) && body.charAt(k - 1) != '(') {
            k--;
        }
        return body.substring(k, dot);
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '”' || c == '’' || c == ')' || c == '\'';
    }

    private static int skipSpace(String s, int from, int to) {
        while (from < to && Character.isWhitespace(s.charAt(from))) {
            from++;
        }
        return from;
    }

    private static void add(String body, int start, int end, int paragraph, List<Sentence> out) {
        while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(out.size(), paragraph, start, body.substring(start, end)));
        }
    }
}
