package org.sitrep.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the entries a mention may name, strictest match first: the exact key (name 1.0,
 * alternate name 0.95), then the mention without a generic word ("Zamalka town", "village of X"),
 * then the consonant skeleton (spelling variant, 0.8, competing with exact matches), and only when asked, fuzzy matching
 * (Jaro-Winkler ≥ 0.94 on keys of 5+ letters) inside one governorate (0.5–0.8).
 */
final class CandidateFinder {

    static final double NAME = 1.0;
    static final double ALTERNATE = 0.95;
    static final double VARIANT = 0.8;
    static final double FUZZY_MIN = 0.94;
    /**
     * What a key match loses to another candidate spelled exactly as the text writes it: the key
     * collapses doubled letters and endings ("Samarra" and "Samara" meet), the writer's spelling
     * still tells which of the two is meant.
     */
    static final double SPELLED_OTHERWISE = 0.1;
    /**
     * A skeleton match also needs keys this similar (Jaro-Winkler): Harsta/Harasta 0.91 and
     * Beit Saber/Bayt Sabir 0.96 pass, Kashmah/Khusham (two villages) 0.74 does not.
     */
    static final double VARIANT_MIN_SIMILARITY = 0.85;
    /** Shorter skeletons ("Army" → "arm") match too many unrelated names... */
    static final int MIN_SKELETON = 4;
    /** ...except inside the governorate the text names, when no name matches exactly ("Salhiyeh" → "slh"). */
    static final int MIN_SKELETON_IN_REGION = 3;

    private final PlaceIndex index;
    private final RegionMembership membership;
    private final NameKey keys;
    private final Set<String> genericWords;
    private final Map<String, List<KeyedPlace>> fuzzyPools = new ConcurrentHashMap<>();

    private record KeyedPlace(int number, String key) {
    }

    CandidateFinder(PlaceIndex index, NameKey keys, RegionMembership membership) {
        this.index = index;
        this.membership = membership;
        this.keys = keys;
        this.genericWords = WordList.words("generic-place-words.txt");
    }

    /**
     * Exact and variant matches. With a region, short skeletons match inside it, and fuzzy
     * matching (when {@code fuzzy}) is tried there when nothing else matched.
     */
    List<Scored> find(String mention, Region region, boolean fuzzy) {
        String key = keys.key(mention);
        List<Scored> found = exact(key);
        String written = mention;
        if (found.isEmpty()) {
            String bare = withoutGenericWord(mention);
            if (bare != null) {
                key = keys.key(bare);
                found = exact(key);
                written = bare;
            }
        }
        preferSpelledAsWritten(found, written);
        // variants compete with exact matches: "Harsta" is an alternate name of Harstad (Norway)
        // and a variant of Harasta; the context decides
        String skeleton = NameKey.skeletonOfKey(key);
        boolean shortSkeleton = skeleton.length() < MIN_SKELETON;
        if (skeleton.length() >= MIN_SKELETON
                || (found.isEmpty() && region != null && skeleton.length() >= MIN_SKELETON_IN_REGION)) {
            Set<Integer> seen = new HashSet<>();
            found.forEach(c -> seen.add(c.number));
            for (int n : index.skeleton(skeleton)) {
                Place p = index.place(n);
                if (seen.add(n) && (!shortSkeleton || membership.contains(region, p))
                        && closestName(key, p) >= VARIANT_MIN_SIMILARITY) {
                    found.add(new Scored(n, p, "spelling variant", VARIANT));
                }
            }
        }
        if (found.isEmpty() && fuzzy && region != null && key.length() >= 5) {
            found = fuzzy(key, membership.governorate(region));
        }
        return found;
    }

    private double closestName(String key, Place p) {
        double best = JaroWinkler.similarity(key, keys.key(p.name()));
        for (String alt : p.alternateNames()) {
            if (best >= VARIANT_MIN_SIMILARITY) {
                break;
            }
            best = Math.max(best, JaroWinkler.similarity(key, keys.key(alt)));
        }
        return best;
    }

    private List<Scored> exact(String key) {
        List<Scored> found = new ArrayList<>();
        for (int n : index.exact(key)) {
            Place p = index.place(n);
            boolean byName = keys.key(p.name()).equals(key);
            found.add(new Scored(n, p, byName ? "name" : "alternate name", byName ? NAME : ALTERNATE));
        }
        return found;
    }

    private static void preferSpelledAsWritten(List<Scored> found, String mention) {
        if (found.size() < 2) {
            return;
        }
        String written = NameKey.spelling(mention);
        List<Scored> otherwise = new ArrayList<>();
        for (Scored c : found) {
            if (!spelledAs(c.place, written)) {
                otherwise.add(c);
            }
        }
        if (otherwise.size() < found.size()) {
            otherwise.forEach(c -> c.add(-SPELLED_OTHERWISE, "spelled otherwise than written"));
        }
    }

    private static boolean spelledAs(Place p, String written) {
        if (NameKey.spelling(p.name()).equals(written)) {
            return true;
        }
        for (String alt : p.alternateNames()) {
            if (NameKey.spelling(alt).equals(written)) {
                return true;
            }
        }
        return false;
    }

    /** "Zamalka town" → "Zamalka", "the village of Hazano" → "Hazano"; null when no such word. */
    private String withoutGenericWord(String mention) {
        List<String> words = new ArrayList<>(Arrays.asList(mention.strip().split("\\s+")));
        if (words.size() < 2) {
            return null;
        }
        if (!words.isEmpty() && words.get(0).equalsIgnoreCase("the")) {
            words.remove(0);
        }
        if (words.size() >= 3 && genericWords.contains(words.get(0).toLowerCase()) && words.get(1).equalsIgnoreCase("of")) {
            return String.join(" ", words.subList(2, words.size()));
        }
        if (words.size() >= 2 && genericWords.contains(words.get(words.size() - 1).toLowerCase())) {
            return String.join(" ", words.subList(0, words.size() - 1));
        }
        return null;
    }

    private List<Scored> fuzzy(String key, Region governorate) {
        List<KeyedPlace> pool = fuzzyPools.computeIfAbsent(governorate.name(), this::pool);
        List<Scored> found = new ArrayList<>();
        int bestNumber = -1;
        double best = 0;
        for (KeyedPlace kp : pool) {
            if (Math.abs(kp.key().length() - key.length()) > 3 || kp.key().length() < 5) {
                continue;
            }
            double sim = JaroWinkler.similarity(key, kp.key());
            if (sim >= FUZZY_MIN && sim > best) {
                best = sim;
                bestNumber = kp.number();
            }
        }
        if (bestNumber >= 0) {
            double score = 0.5 + (best - FUZZY_MIN) * 5;
            found.add(new Scored(bestNumber, index.place(bestNumber), String.format("fuzzy %.2f", best), score));
        }
        return found;
    }

    private List<KeyedPlace> pool(String governorateName) {
        List<KeyedPlace> pool = new ArrayList<>();
        for (int n : index.inAdmin1(NameKey.of(governorateName))) {
            Place p = index.place(n);
            pool.add(new KeyedPlace(n, keys.key(p.name())));
            for (String alt : p.alternateNames()) {
                pool.add(new KeyedPlace(n, keys.key(alt)));
            }
        }
        return pool;
    }
}
