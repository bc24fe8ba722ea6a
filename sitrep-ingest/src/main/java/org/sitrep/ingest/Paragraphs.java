package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Groups the article's lines into paragraphs and mends the ones a blank line cut in two: a
 * paragraph that ends without closing punctuation and is followed by one that starts in lower
 * case ("… from its battle tanks. The" / "first took place …"), or that ends on a word no sentence
 * ends on ("… advanced towards the" / "Euphrates …", words listed in a data file), is joined to
 * the next.
 */
final class Paragraphs {
    /** Words a sentence cannot end on (data file {@code dangling-words.txt}): a paragraph ending on one was cut. */
    private static final Set<String> DANGLING = Set.copyOf(DataFiles.rules("dangling-words.txt"));

    private Paragraphs() {
    }

    /**
     * @param lines article lines; blank lines separate paragraphs
     * @return the paragraphs, each stripped and non-blank
     */
    static List<MappedText> group(List<Line> lines) {
        List<MappedText> paragraphs = new ArrayList<>();
        MappedTextBuilder current = new MappedTextBuilder();
        MappedText previousLine = null;
        for (Line line : lines) {
            if (line.isBlank()) {
                flush(current, paragraphs);
                current = new MappedTextBuilder();
                previousLine = null;
                continue;
            }
            MappedText text = line.text();
            if (previousLine != null) {
                if (endsSentence(previousLine.text()) && !startsLower(text.text())) {
                    flush(current, paragraphs);
                    current = new MappedTextBuilder();
                } else {
                    current.appendSpace(previousLine.origin(previousLine.length() - 1) + 1);
                }
            }
            current.append(text);
            previousLine = text;
        }
        flush(current, paragraphs);
        return mendCuts(paragraphs);
    }

    private static void flush(MappedTextBuilder b, List<MappedText> out) {
        MappedText t = b.build().strip();
        if (!t.isBlank()) {
            out.add(t);
        }
    }

    private static List<MappedText> mendCuts(List<MappedText> paragraphs) {
        List<MappedText> out = new ArrayList<>();
        for (MappedText p : paragraphs) {
            if (!out.isEmpty() && isCut(out.get(out.size() - 1).text(), p.text())) {
                MappedText before = out.remove(out.size() - 1);
                out.add(new MappedTextBuilder().append(before)
                        .append(' ', before.origin(before.length() - 1) + 1).append(p).build());
            } else {
                out.add(p);
            }
        }
        return out;
    }

    static boolean isCut(String paragraph, String next) {
        if (endsSentence(paragraph)) {
            return false;
        }
        return startsLower(next) || DANGLING.contains(lastWord(paragraph));
    }

    /** Ends with . ! ? … or : (before any closing quotes or brackets). */
    static boolean endsSentence(String text) {
        int k = text.length() - 1;
        while (k >= 0 && "\"'\u201D\u2019\u00BB)]*".indexOf(text.charAt(k)) >= 0) {
            k--;
        }
        return k >= 0 && ".!?\u2026:".indexOf(text.charAt(k)) >= 0;
    }

    private static boolean startsLower(String text) {
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
    }

    private static String lastWord(String text) {
        int k = text.length();
        while (k > 0 && Character.isLetter(text.charAt(k - 1))) {
            k--;
        }
        return text.substring(k).toLowerCase(Locale.ROOT);
    }
}
