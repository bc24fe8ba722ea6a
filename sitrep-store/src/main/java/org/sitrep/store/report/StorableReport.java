package org.sitrep.store.report;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Report;

/**
 * A report made fit for the store's columns before anything is extracted or written: metadata
 * longer than its column is clipped (a URL, which a cut would make point elsewhere, is left out),
 * control characters are removed (PostgreSQL refuses NUL, H2 would keep it), each with a warning;
 * an id too long to be a key refuses the report. The body keeps its length (a control character
 * becomes a space) so that every offset into it still holds.
 *
 * @param warnings one line per change, for the user
 */
public record StorableReport(Report report, List<String> warnings) {
    /** Column sizes of the report table (V1): a longer value was an SQL error that lost the report. */
    static final int MAX_ID = 512;
    static final int MAX_TITLE = 2000;
    static final int MAX_NAME = 1000;
    static final int MAX_URL = 4000;

    public StorableReport {
        warnings = List.copyOf(warnings);
    }

    /**
     * @throws RefusedReportException for an id that is blank or longer than {@value #MAX_ID} characters
     */
    public static StorableReport of(Report r) {
        List<String> warnings = new ArrayList<>();
        String id = withoutControls(r.id(), "id", warnings);
        if (id == null || id.isBlank()) {
            throw new RefusedReportException("refused: the report has no id");
        }
        if (id.length() > MAX_ID) {
            throw new RefusedReportException("refused: id of " + id.length() + " characters (the limit is " + MAX_ID
                    + "); give the report a shorter id");
        }
        String title = clip(withoutControls(r.title(), "title", warnings), "title", MAX_TITLE, warnings);
        String author = clip(withoutControls(r.author(), "author", warnings), "author", MAX_NAME, warnings);
        String outlet = clip(withoutControls(r.outlet(), "outlet", warnings), "outlet", MAX_NAME, warnings);
        String source = clip(withoutControls(r.source(), "source", warnings), "source", MAX_NAME, warnings);
        String url = withoutControls(r.url(), "url", warnings);
        if (url != null && url.length() > MAX_URL) {
            warnings.add("url of " + url.length() + " characters left out (the limit is " + MAX_URL + ")");
            url = null;
        }
        List<String> tags = new ArrayList<>();
        for (String tag : r.tags()) {
            tags.add(withoutControls(tag, "tag", warnings));
        }
        String body = bodyWithoutControls(r.body(), warnings);
        Report clean = new Report(id, title, author, outlet, r.published(), source, r.sourcePublished(), tags, url,
                body, r.paragraphs(), r.sourceMap());
        return new StorableReport(clean, warnings);
    }

    private static String clip(String value, String field, int max, List<String> warnings) {
        if (value == null || value.length() <= max) {
            return value;
        }
        warnings.add(field + " of " + value.length() + " characters clipped to " + max);
        return value.substring(0, Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max);
    }

    /** Metadata is one line: every control character (NUL, tab, line breaks, C1) goes. */
    private static String withoutControls(String value, String field, List<String> warnings) {
        if (value == null || value.chars().noneMatch(Character::isISOControl)) {
            return value;
        }
        warnings.add("control characters removed from the " + field);
        StringBuilder s = new StringBuilder(value.length());
        value.chars().filter(c -> !Character.isISOControl(c)).forEach(c -> s.append((char) c));
        return s.toString();
    }

    /** The body keeps its line breaks and tabs; other control characters become spaces, keeping offsets. */
    private static String bodyWithoutControls(String body, List<String> warnings) {
        char[] chars = body.toCharArray();
        int replaced = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                chars[i] = ' ';
                replaced++;
            }
        }
        if (replaced == 0) {
            return body;
        }
        warnings.add(replaced + " control character" + (replaced == 1 ? "" : "s") + " in the body replaced by spaces");
        return new String(chars);
    }
}
