package org.sitrep.extract.count;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.extract.text.Token;
import org.sitrep.extract.text.Tokenizer;
import org.sitrep.ingest.regex.PatternLexicon;
import org.sitrep.ingest.regex.WordStartPattern;

/**
 * Reads a coder's note on how a report's deaths are split among the events of several places
 * ("coded as 10 and split between the 3 locations, with Samalil and Sensil allocated 3 each",
 * "14 fatalities each coded to fighting at X, Y and Z", "Fatalities spread over the three events").
 * ACLED writes such notes when one report's losses belong to several records; the event this
 * report is about gets its own share, not the whole.
 */
public final class AllocationReader {
    /** "allocated" as coders spell it, typos included ("alloacted"). */
    private static final String ALLOCATED_SPELLED = "al+o\\w{0,3}ted";
    /** Sought at the words it can start (most sentences hold none): a find() per character cost more. */
    private static final PatternLexicon CUE = new PatternLexicon(List.of(new WordStartPattern(
            "\\b(split|spread|distributed|divided|" + ALLOCATED_SPELLED + "|allocating|each coded|coded each|coded to|"
                    + "coded \\d+ fatalities to|coded fatalities (?:to|at|as)|to this event|coded at|at this location|to this location)\\b",
            Pattern.CASE_INSENSITIVE)));
    private static final Pattern PARTS = Pattern.compile(
            "(?i)\\b(?:between|over|across|among)\\s+(?:the\\s+|all\\s+)?(\\w+)\\s+(?:reported\\s+)?(?:\\w+\\s+)?"
                    + "(?:locations|events|places|areas|sites|towns|villages|incidents|clash events)\\b"
                    + "|\\b(?:over|between)\\s+both\\b|\\bacross the (\\w+)\\b"
                    + "|\\bwith\\s+(?:one\\s+)?(?:another|other|a second)\\s+(?:event|location|place|incident)\\b");
    private static final Pattern TOTAL = Pattern.compile(
            "(?i)\\b(?:coded|coding)\\s+(?:fatalities\\s+)?(?:as|to|at)\\s+(\\d+)\\b|\\b(\\d+)\\s+(?:total\\s+)?fatalities\\b");
    private static final Pattern BETWEEN_NAMES = Pattern.compile(
            "(?:between|among|across|over)\\s+(?:the\\s+\\w+\\s+(?:in|at|of)\\s+)?"
                    + "((?-i:[A-Z])[^.;]*?(?:\\band\\s+|,\\s*)(?:(?-i:[A-Z])|al-|el-)[\\w' -]*)");
    private static final Pattern ACROSS_EVENTS = Pattern.compile(
            "(?i)\\b(?:spread|split|distributed|divided)\\s+(?:evenly\\s+)?(?:across|over|between|among)\\s+(?:the\\s+)?"
                    + "(?:events|locations|activities|places)\\b");
    private static final Pattern EVEN_FIGURE = Pattern.compile(
            "(?i)\\b(?:split|spread|divided|distributed)(?: evenly)?,?\\s+(\\w+)\\s+each\\b"
                    + "|\\b(\\w+)\\s+(?:fatalities\\s+)?per\\s+(?:event|location|place|site|town)\\b");
    private static final Pattern THIS_EVENT = Pattern.compile(
            "(?i)\\b(\\w+)\\s+(?:fatalities\\s+|fatality\\s+)?(?:coded\\s+)?(?:to|at) this (?:event|location|place)\\b");

    /** The verbs that give a place its share. */
    private static final String ALLOCATED = "(?:" + ALLOCATED_SPELLED + "|coded|attributed|assigned)";
    /**
     * "3 allocated to Damascus, 2 each allocated to A and B, and 1 each to C", "four fatalities at A
     * and B and three at C": a figure, then the names it goes to, up to the next figure's clause.
     */
    private static final Pattern FIGURE_TO_NAMES = Pattern.compile("(?i)\\b(\\w+)\\s+(?:additional\\s+)?"
            + "(?:fatalities\\s+|fatality\\s+)?(?:each\\s+)?(?:" + ALLOCATED + "\\s+)?"
            + "(?:each\\s+)?(?:to|for|at)\\s+(?:(?:the\\s+)?(?:fighting|clashes|clash)\\s+(?:at|in)\\s+)?"
            + "((?-i:[A-Z])[^;.]*?)(?=(?:,|\\s+and|\\s+with)\\s+(?:and\\s+)?\\w+\\s+(?:additional\\s+)?"
            + "(?:fatalit(?:y|ies)\\s+)?(?:each\\s+)?(?:" + ALLOCATED + "|to|at)\\b|[;.]|$)");

    /** "3 allocated to X": a share without the word "fatalities". */
    /** "A and B allocated 3 each": a segment's names, then their figure. */
    private static final Pattern NAMES_ALLOCATED = Pattern.compile("(?i)^(.*?)\\s*(?:each\\s+)?allocated\\s+(\\w+)");
    private static final Pattern ALLOCATED_TO = Pattern.compile(
            "(?i)\\b\\w+\\s+(?:each\\s+)?" + ALLOCATED_SPELLED + "\\s+to\\b");

    private final CountWords counts;

    public AllocationReader(CountWords counts) {
        this.counts = counts;
    }

    /** A coder's split of the deaths: explicit shares by place name, else an even share. */
    public record Allocation(Map<String, Integer> byPlace, Integer evenShare, Integer thisEvent,
                             java.util.Set<String> sharedAmong) {
        /**
         * The share of a place named any of {@code names}: its own figure, 0 when the note splits the
         * deaths among other places only, or null when the note does not say.
         */
        public Integer explicitShareOf(String name) {
            return byPlace.get(key(name));
        }

        public Integer shareOf(List<String> names) {
            if (thisEvent != null) {
                return thisEvent;
            }
            for (String n : names) {
                Integer v = byPlace.get(key(n));
                if (v != null) {
                    return v;
                }
            }
            if (!sharedAmong.isEmpty() && names.stream().noneMatch(n -> sharedAmong.contains(key(n)))) {
                return 0;
            }
            return null;
        }
    }

    /**
     * @param reportTotal the deaths the rest of the report counts, used when the note gives no total
     * @return the allocation, or null when the sentence is no such note
     */
    public Allocation read(String sentence, int reportTotal) {
        return read(sentence, reportTotal, 0);
    }

    /**
     * @param reportPlaces how many places the report's events are at, for "spread evenly across
     *                     events" with no number of its own; 0 when unknown
     */
    public Allocation read(String sentence, int reportTotal, int reportPlaces) {
        if (!CUE.anyMatch(sentence) || !sentence.toLowerCase(Locale.ROOT).contains("fatalit")
                && !ALLOCATED_TO.matcher(sentence).find()) {
            return null;
        }
        Matcher te = THIS_EVENT.matcher(sentence);
        Integer thisEvent = te.find() ? number(te.group(1)) : null;
        Map<String, Integer> byPlace = explicitShares(sentence);
        Integer total = null;
        Matcher t = TOTAL.matcher(sentence);
        if (t.find()) {
            total = Integer.valueOf(t.group(1) != null ? t.group(1) : t.group(2));
        } else if (reportTotal > 0) {
            total = reportTotal;
        }
        Integer parts = null;
        java.util.Set<String> among = new java.util.HashSet<>();
        Matcher p = PARTS.matcher(sentence);
        if (p.find()) {
            String word = p.group(1) != null ? p.group(1) : p.group(2);
            parts = word == null || word.equalsIgnoreCase("both") ? Integer.valueOf(2) : number(word);
        } else {
            Matcher between = BETWEEN_NAMES.matcher(sentence);
            if (between.find()) {
                List<String> named = names(between.group(1));
                parts = named.size(); // "split evenly between A and B"
                named.forEach(n -> among.add(key(n)));
            }
        }
        if (parts == null && reportPlaces > 1 && ACROSS_EVENTS.matcher(sentence).find()) {
            parts = reportPlaces; // "fatalities spread evenly across events": the events this report tells
        }
        Integer even = total != null && parts != null && parts > 0 ? total / parts : null;
        Matcher each = EVEN_FIGURE.matcher(sentence);
        if (each.find()) { // "split, 5 each, between the 2 sub-districts", "tallying 8 per event"
            Integer n = number(each.group(1) != null ? each.group(1) : each.group(2));
            even = n != null ? n : even;
        }
        if (byPlace.isEmpty() && even == null && thisEvent == null) {
            return null;
        }
        return new Allocation(byPlace, even, thisEvent, among);
    }

    /** "with A and B allocated 3 each and C allocated 4", "5 fatalities coded to A, B and four to C". */
    private Map<String, Integer> explicitShares(String sentence) {
        Map<String, Integer> out = new HashMap<>();
        // NAMES allocated N: walk the comma/and-separated segments, names wait for their figure
        List<String> pending = new java.util.ArrayList<>();
        for (String seg : sentence.split(",|\\band\\b|;")) {
            String g = seg.strip().replaceFirst("^(?i)(?:with|while|whereas)\\s+", "");
            Matcher alloc = NAMES_ALLOCATED.matcher(g);
            if (alloc.find()) {
                Integer n = number(alloc.group(2));
                if (isName(alloc.group(1))) {
                    pending.add(alloc.group(1).strip());
                }
                if (n != null) {
                    for (String name : pending) {
                        out.put(key(name), n);
                    }
                }
                pending.clear();
            } else if (isName(g)) {
                pending.add(g);
            } else {
                pending.clear();
            }
        }
        // N (fatalities) (each) (coded|allocated) to (fighting at) NAMES
        Matcher b = FIGURE_TO_NAMES.matcher(sentence);
        while (b.find()) {
            Integer n = number(b.group(1));
            if (n != null) {
                for (String name : names(b.group(2))) {
                    out.putIfAbsent(key(name), n);
                }
            }
        }
        return out;
    }

    private static List<String> names(String list) {
        return java.util.Arrays.stream(list.split(",|\\band\\b|\\(|\\)"))
                .map(String::strip)
                .filter(AllocationReader::isName)
                .toList();
    }

    /** A short capitalised phrase without figures: a place name. */
    private static boolean isName(String s) {
        String t = s.strip();
        return !t.isEmpty() && (Character.isUpperCase(t.charAt(0)) || t.matches("^(?:al|el)-\\p{Lu}.*")) && t.split("\\s+").length <= 4
                && !t.matches(".*\\d.*") && !t.matches("(?i)^(?:the|a|an|due|fatalities|clashes)\\b.*");
    }

    private Integer number(String word) {
        List<Token> t = Tokenizer.tokenize(word);
        if (t.isEmpty()) {
            return null;
        }
        CountWords.Count c = counts.at(t, 0);
        return c == null || c.isArticle(t) ? null : c.value();
    }

    /** How place names are compared: lower case, letters and digits only, no article. */
    public static String key(String name) {
        String k = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]+", " ").strip();
        k = k.replaceFirst("^(?:al|el|ad|as|ash|ar|az|an|at)\\s+", "");
        return k.replaceAll("\\s+", " ");
    }
}
