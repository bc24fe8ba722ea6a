package org.sitrep.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the region a phrase names: "northern Hama", "the southern Idlib countryside",
 * "eastern Deir Ezzor", "Rural Damascus", "Eastern Ghouta", "Hama province", "Donetsk Oblast",
 * "Kassala State". The phrase is tried
 * whole, then without direction words, then without area words too (word lists in
 * {@code region-words.txt}).
 */
final class RegionPhrases {

    private final Regions regions;
    private final Set<String> directions;
    private final Set<String> areaWords;

    RegionPhrases(Regions regions) {
        this.regions = regions;
        Map<String, Set<String>> words = WordList.sections("region-words.txt");
        this.directions = words.getOrDefault("direction", Set.of());
        this.areaWords = words.getOrDefault("area", Set.of());
    }

    Optional<Region> find(String phrase) {
        return find(phrase, null);
    }

    /** The region of the given country (null: any) the phrase names. */
    Optional<Region> find(String phrase, String countryCode) {
        if (phrase == null || phrase.isBlank()) {
            return Optional.empty();
        }
        Optional<Region> whole = regions.byName(phrase, countryCode);
        if (whole.isPresent()) {
            return whole;
        }
        List<String> words = List.of(phrase.strip().split("\\s+"));
        List<String> noDirection = without(words, directions);
        Optional<Region> r = lookup(noDirection, countryCode);
        if (r.isPresent()) {
            return r;
        }
        return lookup(without(noDirection, areaWords), countryCode);
    }

    /** The phrase's words minus the direction and area words: what names the region itself. */
    String core(String phrase) {
        List<String> words = List.of(phrase.strip().split("\\s+"));
        return String.join(" ", without(without(words, directions), areaWords));
    }

    private Optional<Region> lookup(List<String> words, String countryCode) {
        return words.isEmpty() ? Optional.empty() : regions.byName(String.join(" ", words), countryCode);
    }

    private static List<String> without(List<String> words, Set<String> drop) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            String bare = w.toLowerCase(java.util.Locale.ROOT).replaceAll("^[\\p{P}]+|[\\p{P}]+$", "");
            if (!drop.contains(bare)) {
                out.add(w);
            }
        }
        return out;
    }
}
