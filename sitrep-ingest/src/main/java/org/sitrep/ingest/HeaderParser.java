package org.sitrep.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the header that saved news pages put before the article: title, "By AUTHOR",
 * "Outlet, DATE" (the copy), "Source DATE" (the original), and labelled tag lines such as
 * "Region: …". Fields may come in any order; the header ends at the first line that is none of
 * them. A document without a header yields empty metadata and loses no line.
 */
final class HeaderParser {
    /** How many non-blank lines a header may span. */
    private static final int MAX_HEADER_LINES = 20;
    private static final int MAX_TITLE_CHARS = 200;
    private static final int MAX_TITLE_WORDS = 25;
    private static final int MAX_NAME_WORDS = 8;
    private static final int MAX_OUTLET_WORDS = 6;
    private static final String SEPARATOR = "[\\s,;|:\u00B7\u2022\u2013\u2014-]+";
    private static final Pattern SEPARATORS = Pattern.compile("^" + SEPARATOR + "|" + SEPARATOR + "$");
    private static final Pattern DATE_NOISE = Pattern.compile(
            "(?i)\\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun|published|posted|on|at"
                    + "|date|\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:am|pm)?|gmt|utc|[+-]\\d{2}:?\\d{2})\\b\\.?");
    /** A full stop between two sentences: a title is one phrase. */
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("\\p{Ll}{2,}[.!?]\\s+\\p{Lu}");
    private static final Pattern BY_NAME = Pattern.compile("(?i)^(.*?)\\s*\\bby\\s+(.+)$");

    /** What the header gave, and where the article starts. */
    record Result(ReportMeta meta, int bodyStart) {
    }

    /** A header value split into its first date (null if none) and the text around it. */
    private record Dated(LocalDate date, String rest) {
        static Dated split(String text) {
            Optional<DateParser.Found> found = DateParser.find(text);
            return found.map(f -> new Dated(f.date(), text.substring(0, f.start()) + " " + text.substring(f.end())))
                    .orElse(new Dated(null, text));
        }
    }

    private final HeaderFields fields;
    private final Boilerplate boilerplate;

    HeaderParser(HeaderFields fields, Boilerplate boilerplate) {
        this.fields = fields;
        this.boilerplate = boilerplate;
    }

    /**
     * @param titleFromText whether an unmarked short first line may be the title; when false only
     *                      lines marked as headings can be
     * @param dropped       receives each header line left out as boilerplate
     */
    Result parse(List<Line> lines, boolean titleFromText, List<String> dropped) {
        ReportMeta meta = new ReportMeta();
        int datelines = 0;
        int seen = 0;
        int i = 0;
        for (; i < lines.size() && seen < MAX_HEADER_LINES; i++) {
            Line line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            seen++;
            String text = line.plain();
            if (tag(text, meta) || author(text, meta) || source(text, meta) || ignored(text)) {
                continue;
            }
            if (!line.heading() && dateline(text, meta, datelines)) {
                datelines++;
                continue;
            }
            if (boilerplate.isBoilerplate(text)) {
                dropped.add(text);
                continue;
            }
            if (meta.title == null && (line.heading() || titleFromText && looksLikeTitle(lines, i))) {
                meta.title = text;
                continue;
            }
            break;
        }
        return new Result(meta, i);
    }

    private boolean tag(String text, ReportMeta meta) {
        List<String> tags = tags(text);
        meta.tags.addAll(tags);
        return !tags.isEmpty();
    }

    /** The tags of a labelled tag line ("Theme: A, B" gives "Theme: A", "Theme: B"); none for other lines. */
    List<String> tags(String text) {
        Matcher m = match(HeaderFields.Kind.TAG, text);
        if (m == null || text.endsWith(".")) {
            return List.of();
        }
        String label = m.group("label").replaceAll("\\s+", " ");
        List<String> tags = new ArrayList<>();
        for (String value : m.group("value").split("[,;|]")) {
            if (!value.isBlank()) {
                tags.add(label + ": " + value.strip());
            }
        }
        return tags;
    }

    private boolean author(String text, ReportMeta meta) {
        Matcher m = match(HeaderFields.Kind.AUTHOR, text);
        if (m == null || meta.author != null) {
            return false;
        }
        Dated value = Dated.split(m.group("value"));
        String name = tidy(value.rest());
        if (!isName(name)) {
            return false;
        }
        meta.author = name;
        if (meta.published == null) {
            meta.published = value.date();
        }
        return true;
    }

    private boolean source(String text, ReportMeta meta) {
        Matcher m = match(HeaderFields.Kind.SOURCE, text);
        if (m == null || meta.source != null) {
            return false;
        }
        Dated value = Dated.split(m.group("value"));
        String name = tidy(DATE_NOISE.matcher(value.rest()).replaceAll(" "));
        if (!name.isEmpty() && !isName(name)) {
            return false;
        }
        meta.source = name.isEmpty() ? null : name;
        if (value.date() != null) {
            meta.sourcePublished = value.date();
        }
        return true;
    }

    private boolean ignored(String text) {
        return match(HeaderFields.Kind.IGNORE, text) != null && text.length() <= MAX_TITLE_CHARS;
    }

    /**
     * "Outlet, DATE" or "DATE": the first such line is the copy (outlet, published), the second
     * the original (source, its date). A "by NAME" inside gives the author.
     */
    private boolean dateline(String text, ReportMeta meta, int datelinesSoFar) {
        Dated dated = Dated.split(text);
        if (dated.date() == null || datelinesSoFar >= 2) {
            return false;
        }
        String rest = DATE_NOISE.matcher(dated.rest()).replaceAll(" ");
        String author = null;
        Matcher by = BY_NAME.matcher(rest);
        if (by.matches()) {
            author = tidy(by.group(2));
            rest = by.group(1);
        }
        String name = tidy(rest);
        if (!name.isEmpty() && !isOutletName(name) || author != null && !isName(author)) {
            return false;
        }
        if (author != null && meta.author == null) {
            meta.author = author;
        }
        boolean copy = datelinesSoFar == 0 && meta.published == null;
        if (copy) {
            meta.published = dated.date();
            meta.outlet = name.isEmpty() ? meta.outlet : name;
        } else if (meta.sourcePublished == null) {
            meta.sourcePublished = dated.date();
            meta.source = name.isEmpty() ? meta.source : name;
        }
        return true;
    }

    /**
     * A short line, one phrase, not ending like a sentence, and not the first half of a sentence
     * that a blank line cut (a title taken wrongly would lose an article sentence).
     */
    private static boolean looksLikeTitle(List<Line> lines, int i) {
        String text = lines.get(i).plain();
        if (text.length() > MAX_TITLE_CHARS || text.split("\\s+").length > MAX_TITLE_WORDS
                || SENTENCE_INSIDE.matcher(text).find()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        if (last == '.' || last == ',' || last == ';' || last == ':' || !startsUpper(text)) {
            return false;
        }
        for (int k = i + 1; k < lines.size(); k++) {
            if (!lines.get(k).isBlank()) {
                return !Paragraphs.isCut(text, lines.get(k).plain());
            }
        }
        return false;
    }

    /** Whether the first letter or digit is a capital, a digit, or a letter of a script without case. */
    private static boolean startsUpper(String text) {
        for (int k = 0; k < text.length(); k += Character.charCount(text.codePointAt(k))) {
            int c = text.codePointAt(k);
            if (Character.isLetterOrDigit(c)) {
                return !Character.isLowerCase(c);
            }
        }
        return false;
    }

    private Matcher match(HeaderFields.Kind kind, String text) {
        Pattern p = fields.pattern(kind);
        if (p == null) {
            return null;
        }
        Matcher m = p.matcher(text);
        return m.matches() ? m : null;
    }

    private static String tidy(String s) {
        return SEPARATORS.matcher(s.replaceAll("\\s+", " ")).replaceAll("").strip();
    }

    /** An outlet beside a date: a few words and no colon, else the line is a headline with a date. */
    private static boolean isOutletName(String s) {
        return isName(s) && s.split(" ").length <= MAX_OUTLET_WORDS && s.indexOf(':') < 0;
    }

    /** A name: a few words, starting with a capital or a digit, not a sentence. */
    private static boolean isName(String s) {
        return !s.isEmpty() && s.split(" ").length <= MAX_NAME_WORDS && !s.endsWith(".") && startsUpper(s);
    }
}
