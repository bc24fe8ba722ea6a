package org.sitrep.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Organisations and sites named after their town ("the Tabriz Tractor Company", "Qazvin Rail
 * Station"): the words of such a name that may be the town, longest first. The words that end an
 * organisation's name are data ({@code organisation-words.txt}).
 */
final class OrganisationNames {

    /** Beyond this many words a name is a title, not a town and its works. */
    private static final int MAX_WORDS = 6;

    private final Set<String> endings;

    OrganisationNames(Set<String> endings) {
        this.endings = Set.copyOf(endings);
    }

    static OrganisationNames standard() {
        return new OrganisationNames(WordList.words("organisation-words.txt"));
    }

    /**
     * The leading words of the name that may be its town, longest first, or none when the name
     * does not end as an organisation's does.
     */
    List<String> townCandidates(String name) {
        List<String> words = new ArrayList<>(Arrays.asList(name.strip().split("\\s+")));
        if (!words.isEmpty() && words.get(0).equalsIgnoreCase("the")) {
            words.remove(0);
        }
        if (words.size() < 2 || words.size() > MAX_WORDS || !endings.contains(bare(words.get(words.size() - 1)))) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int n = words.size() - 1; n >= 1; n--) {
            if (!endings.contains(bare(words.get(n - 1)))) {
                out.add(String.join(" ", words.subList(0, n)));
            }
        }
        return out;
    }

    private static String bare(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[.,;:]+$", "");
        return w.endsWith("'s") || w.endsWith("’s") ? w.substring(0, w.length() - 2) : w;
    }
}
