package org.sitrep.gazetteer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Normalises place names so that transliteration variants meet on one key.
 *
 * <p>{@link #key} is the exact key: lower case, accents, apostrophes and ʿayn stripped, the Arabic
 * article dropped (al-/el-/ar-/as-/… and an attached sun-letter article "Ezzor"), first words
 * unified (Tell/Tal, Kafr/Kfar, Bayt/Beit, Deir/Dayr, Abu/Albu/Bu…), doubled letters collapsed,
 * ou written u, -eh/-ah/-e endings made -a, -iya made -ya, Arabic script letters unified, and the words joined
 * without spaces. "Abu Kamal", "al-Bukamal" and "Albu Kamal" all give {@code bukamal}.
 *
 * <p>{@link #skeleton} is a looser secondary key, the consonants of the exact key ("Harsta" and
 * "Harasta" give {@code hrst}): a match on it is a weaker match.
 *
 * <p>The word lists are resources ({@code name-variants.tsv}, {@code name-articles.txt}).
 * Instances are immutable and thread-safe; {@link #standard()} is the shared one.
 */
public final class NameKey {

    private static final class Holder {
        static final NameKey STANDARD = new NameKey(
                WordList.lines("name-variants.tsv"),
                WordList.lines("name-articles.txt").stream().map(String::strip).toList());
    }

    private final Map<String, String> canonical;
    private final Set<String> articles;

    private NameKey(List<String> variantLines, List<String> articleLines) {
        Map<String, String> canon = new HashMap<>();
        for (String line : variantLines) {
            String[] parts = line.split("\t");
            if (parts.length < 2) {
                continue;
            }
            String target = vowels(collapse(parts[0].trim()));
            canon.put(target, target);
            for (String v : parts[1].split(",")) {
                if (!v.isBlank()) {
                    canon.put(vowels(collapse(v.trim())), target);
                }
            }
        }
        this.canonical = Map.copyOf(canon);
        this.articles = Set.copyOf(new HashSet<>(articleLines));
    }

    /** The normaliser with the bundled word lists. */
    public static NameKey standard() {
        return Holder.STANDARD;
    }

    /**
     * A name's spelling as written, its typography aside: lower case, no accents, apostrophes or
     * hyphens ("Ma'arrat al-Nu'man" and "Maarrat al Numan" are spelled alike; "Samarra" and
     * "Samara", one key, are not).
     */
    public static String spelling(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("['`\u2018\u2019\u02bb\u02bc\u02be\u02bf]", "")
                .replaceAll("[\\s\\-]+", " ").strip();
    }

    /** Shorthand for {@code standard().key(name)}. */
    public static String of(String name) {
        return standard().key(name);
    }

    /** The exact key of a name ("" for null or a name with no letters). */
    public String key(String name) {
        List<String> tokens = tokens(name);
        if (tokens.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (articles.contains(t) && tokens.size() > 1) {
                continue;
            }
            if (isArabic(t)) {
                kept.add(arabicWord(t));
                continue;
            }
            if (i > 0) {
                t = dropAttachedArticle(t);
            }
            t = vowels(collapse(t));
            t = canonical.getOrDefault(t, t);
            kept.add(ending(t));
        }
        if (kept.isEmpty()) {
            kept = tokens;
        }
        return collapse(String.join("", kept));
    }

    /**
     * The consonant skeleton of a name: its exact key without vowels (a e i o u w y, the first
     * letter kept) and without the h of digraphs (kh, sh, gh, th, dh). Arabic keys are returned
     * unchanged.
     */
    public String skeleton(String name) {
        return skeletonOfKey(key(name));
    }

    /** {@link #skeleton} of an already computed exact key. */
    public static String skeletonOfKey(String key) {
        if (key.isEmpty() || isArabic(key)) {
            return key;
        }
        StringBuilder out = new StringBuilder(key.length());
        out.append(key.charAt(0));
        char prev = key.charAt(0);
        for (int i = 1; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean drop = isVowel(c) || (c == 'h' && !isVowel(prev));
            if (!drop && out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
            prev = c;
        }
        return out.toString();
    }

    /** Lower-cased words of a name, accents and apostrophes removed, Arabic letters unified. */
    static List<String> tokens(String name) {
        List<String> tokens = new ArrayList<>();
        if (name == null || name.isEmpty()) {
            return tokens;
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || isApostrophe(c)) {
                continue;
            }
            String mapped = mapLetter(Character.toLowerCase(c));
            if (mapped == null) {
                continue;
            }
            if (mapped.length() == 1 && !Character.isLetterOrDigit(mapped.charAt(0))) {
                if (word.length() > 0) {
                    tokens.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(mapped);
            }
        }
        if (word.length() > 0) {
            tokens.add(word.toString());
        }
        return tokens;
    }

    private static boolean isApostrophe(char c) {
        return switch (c) {
            case '\'', '’', '‘', '`', '´', 'ʿ', 'ʾ', 'ʼ', 'ʻ', '′', 'ʹ', 'ʽ', 'ـ' -> true;
            default -> false;
        };
    }

    /** Letters that NFKD leaves alone, and the Arabic letters whose forms vary; null drops it. */
    private static String mapLetter(char c) {
        return switch (c) {
            case 'ı' -> "i";
            case 'ł' -> "l";
            case 'ø' -> "o";
            case 'đ', 'ð' -> "d";
            case 'ħ' -> "h";
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'þ' -> "th";
            case 'أ', 'إ', 'آ', 'ٱ' -> "ا";
            case 'ة' -> "ه";
            case 'ى', 'ی', 'ئ' -> "ي";
            case 'ؤ' -> "و";
            case 'ک' -> "ك";
            case 'ء' -> null;
            default -> String.valueOf(c);
        };
    }

    private static boolean isArabic(String s) {
        return !s.isEmpty() && Character.UnicodeBlock.of(s.charAt(0)) == Character.UnicodeBlock.ARABIC;
    }

    private static String arabicWord(String t) {
        return t.length() > 3 && t.startsWith("ال") ? t.substring(2) : t;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'w' || c == 'y';
    }

    /** "ezzor" → "zor": the article assimilated to a doubled sun letter, written as one word. */
    private static String dropAttachedArticle(String t) {
        if (t.length() >= 5 && (t.charAt(0) == 'a' || t.charAt(0) == 'e')
                && t.charAt(1) == t.charAt(2) && "tdrzsnl".indexOf(t.charAt(1)) >= 0) {
            return t.substring(2);
        }
        return t;
    }

    /** -eh/-ah/-e → -a, and -iya → -ya, on words long enough to carry an ending. */
    private static String ending(String t) {
        if (t.length() < 4) {
            return t;
        }
        if (t.endsWith("eh") || t.endsWith("ah")) {
            t = t.substring(0, t.length() - 2) + "a";
        } else if (t.endsWith("e")) {
            t = t.substring(0, t.length() - 1) + "a";
        }
        if (t.length() > 5 && t.endsWith("iya")) {
            t = t.substring(0, t.length() - 3) + "ya";
        }
        return t;
    }

    /** "ou" → "u": French and Persian transliterations write u so ("Doroud", "Youssef"). */
    private static String vowels(String t) {
        return t.replace("ou", "u");
    }

    /** Collapses runs of one letter ("Harrasta" → "harasta", "Raqqa" → "raqa"). */
    static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
