package org.sitrep.extract.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.extract.lang.Lexicon;

/** A language's month names and abbreviations (calendar.txt, section months), with each one's number. */
public final class MonthNames {
    private final List<String> names = new ArrayList<>();
    private final List<String> abbreviations = new ArrayList<>();
    private final Map<String, Integer> numbers = new HashMap<>();

    public MonthNames(Lexicon calendar) {
        List<String> months = calendar.list("months");
        for (int m = 0; m < months.size(); m++) {
            String[] f = months.get(m).split("\\s+");
            names.add(f[0]);
            for (int k = 0; k < f.length; k++) {
                if (k > 0) {
                    abbreviations.add(f[k]);
                }
                numbers.put(f[k].toLowerCase(Locale.ROOT), m + 1);
            }
        }
    }

    /** Every name and abbreviation as a regex group, as written (names first). */
    public String group() {
        List<String> all = new ArrayList<>(names);
        all.addAll(abbreviations);
        return "(" + String.join("|", all) + ")";
    }

    /** Every name and abbreviation, lower case. */
    public Set<String> lowerCase() {
        return Set.copyOf(numbers.keySet());
    }

    /** The month's number (1 to 12) of a name or abbreviation, any case, a trailing period ignored. */
    public int number(String word) {
        return numbers.get(word.toLowerCase(Locale.ROOT).replace(".", ""));
    }
}
