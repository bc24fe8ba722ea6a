package org.sitrep.gazetteer;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Second-level area (admin2) names as people write them: the words around a district's name
 * ({@code district-words.txt}: "District", "sub-district of", "Mantiqat") dropped, then the
 * transliteration key of {@link NameKey}, so "Afrin District", "the sub-district of
 * Afrin" and "afrin" meet, and "al-Bab" and "Al Bab District". Immutable
 * and thread-safe; {@link #standard()} is the shared one.
 */
public final class DistrictNames {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private static final class Holder {
        static final DistrictNames STANDARD = new DistrictNames(WordList.lines("district-words.txt"));
    }

    private final List<Pattern> words;

    DistrictNames(List<String> lines) {
        this.words = lines.stream().map(l -> l.strip().toLowerCase(Locale.ROOT))
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}])"))
                .toList();
    }

    public static DistrictNames standard() {
        return Holder.STANDARD;
    }

    /** The key two spellings of one district share; null for a name without letters or digits. */
    public String key(String name) {
        if (name == null) {
            return null;
        }
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        String bare = plain;
        for (Pattern w : words) {
            bare = w.matcher(bare).replaceAll(" ");
        }
        String key = NameKey.standard().key(bare);
        if (key.isEmpty()) {
            key = NameKey.standard().key(plain);
        }
        return key.isEmpty() ? null : key;
    }
}
