package org.sitrep.ingest;

import java.util.Locale;
import java.util.regex.Pattern;

/** What an input holds, from its media type, its file name or its first characters. */
enum ContentKind {
    HTML, TEXT, FEED, JSONL;

    private static final Pattern FEED_START = Pattern.compile("^\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<(?:rss|feed|rdf:RDF)\\b",
            Pattern.DOTALL);
    private static final Pattern HTML_START = Pattern.compile("^\\s*(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final int SNIFF_CHARS = 2048;

    /**
     * The kind a media type announces; null for a type Sitrep cannot read (an image, a PDF).
     * A missing type is {@code TEXT}, to be refined by {@link #sniff}.
     */
    static ContentKind ofMediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return TEXT;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "text/html", "application/xhtml+xml" -> HTML;
            case "text/plain", "text/markdown", "text/x-markdown" -> TEXT;
            case "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
                    "text/xml" -> FEED;
            case "application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/jsonlines" ->
                    JSONL;
            default -> null;
        };
    }

    /** The kind a file name announces, else {@code TEXT}. */
    static ContentKind ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return HTML;
        }
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return JSONL;
        }
        if (lower.endsWith(".rss") || lower.endsWith(".atom")) {
            return FEED;
        }
        return TEXT;
    }

    /** Refines a {@code TEXT} guess by the content: a page, a feed or a corpus saved under another name. */
    static ContentKind sniff(ContentKind guess, String text) {
        if (guess != TEXT) {
            return guess;
        }
        String head = text.substring(0, Math.min(text.length(), SNIFF_CHARS));
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1);
        }
        if (HTML_START.matcher(head).find()) {
            return HTML;
        }
        if (FEED_START.matcher(head).find()) {
            return FEED;
        }
        String first = head.strip().lines().findFirst().orElse("").strip();
        return first.startsWith("{") && first.endsWith("}") ? JSONL : TEXT;
    }
}
