package org.sitrep.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into words and punctuation. Apostrophes inside a word stay in it (Hay'at), and so do
 * hyphens ("al-Sham"), except before a relation ("US", "-led") and after "pro-" ("pro-", "Houthi"):
 * the dictionaries are tokenised the same way.
 */
public final class Tokenizer {
    private static final Pattern TOKEN = Pattern.compile(
            "\\d{1,3}(?:,\\d{3})+(?![\\d])|[\\p{L}\\p{N}]+(?:['’ʿʾ][\\p{L}]+)*(?:[-/][\\p{L}\\p{N}]+(?:['’ʿʾ][\\p{L}]+)*)*|[^\\s\\p{L}\\p{N}]");

    private Tokenizer() {
    }

    /** Suffixes that are words of their own: "ISIS-held" is the actor ISIS and "-held". */
    private static final Pattern RELATION_SUFFIX = Pattern.compile(
            "(?i)-(held|controlled|led|backed|based|linked|affiliated|allied|aligned|occupied|dominated|run|supported|"
                    + "sponsored|funded|besieged|loyal|friendly)$");

    private static final Pattern ACRONYM_PREFIX = Pattern.compile("(\\p{Lu}{2,6})(-\\p{Ll}[\\p{L}-]*)");

    public static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String t = m.group();
            if (t.indexOf('-') <= 0) { // both splits below need a hyphen inside the word
                out.add(new Token(t, m.start(), m.end()));
                continue;
            }
            Matcher r = RELATION_SUFFIX.matcher(t);
            Matcher acronym = ACRONYM_PREFIX.matcher(t);
            if (t.length() > 4 && t.regionMatches(true, 0, "pro-", 0, 4) && Character.isLetter(t.charAt(4))) {
                out.add(new Token(t.substring(0, 4), m.start(), m.start() + 4)); // "pro-", "Houthi"
                out.add(new Token(t.substring(4), m.start() + 4, m.end()));
            } else if (acronym.matches()) { // "YPG-positions": an actor's acronym glued to a word
                out.add(new Token(acronym.group(1), m.start(), m.start() + acronym.end(1)));
                out.add(new Token(t.substring(acronym.end(1)), m.start() + acronym.end(1), m.end()));
            } else if (r.find() && r.start() > 0) {
                out.add(new Token(t.substring(0, r.start()), m.start(), m.start() + r.start()));
                out.add(new Token(t.substring(r.start()), m.start() + r.start(), m.end()));
            } else {
                out.add(new Token(t, m.start(), m.end()));
            }
        }
        return out;
    }
}
