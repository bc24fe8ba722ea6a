package org.sitrep.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into words and punctuation. Apostrophes inside a word stay in it (Hay'at), and so do
 * hyphens ("al-Sham", "US-led"): the dictionaries are tokenised the same way.
 */
public final class Tokenizer {
    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{L}\\p{N}]+(?:['’ʿʾ][\\p{L}]+)*(?:[-/][\\p{L}\\p{N}]+(?:['’ʿʾ][\\p{L}]+)*)*|[^\\s\\p{L}\\p{N}]");

    private Tokenizer() {
    }

    public static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(new Token(m.group(), m.start(), m.end()));
        }
        return out;
    }
}
