package org.sitrep.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/** Decodes one HTML character reference ({@code &amp;}, {@code &#8217;}) found in raw text. */
final class Entities {
    private static final Pattern REFERENCE = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

    private Entities() {
    }

    /**
     * If a character reference starts at {@code at}, appends its characters (all mapped to the
     * offset of its {@code &}) and returns the offset after it; else returns {@code at}.
     */
    static int decodeAt(String source, int at, int end, MappedTextBuilder out) {
        Matcher m = REFERENCE.matcher(source).region(at, Math.min(end, at + 40));
        if (!m.lookingAt()) {
            return at;
        }
        String decoded = Parser.unescapeEntities(m.group(), false);
        if (decoded.equals(m.group())) {
            return at;
        }
        for (int k = 0; k < decoded.length(); k++) {
            out.appendVisible(decoded.charAt(k), at);
        }
        return m.end();
    }
}
