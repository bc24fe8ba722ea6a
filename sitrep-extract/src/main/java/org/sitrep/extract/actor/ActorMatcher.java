package org.sitrep.extract.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.extract.text.Token;
import org.sitrep.extract.text.Tokenizer;

/**
 * Finds dictionary actors in a sentence: longest match over a trie of alias tokens, a name's
 * possessive or plural read as the name. Aliases in capitals (SAA, IS) match only as written, so
 * "is" never becomes the Islamic State (nor "far" the acronym FaR).
 */
public final class ActorMatcher {
    private final Node root = new Node();
    /** Long aliases by their set of words, for names written in another order. */
    private final Map<String, ActorEntry> byWordSet = new HashMap<>();

    public ActorMatcher(ActorDictionary dictionary) {
        for (ActorEntry e : dictionary.entries()) {
            for (String alias : e.aliases()) {
                List<Token> t = Tokenizer.tokenize(alias); // once: tokenizing every alias is most of building the trie
                add(alias, t, e);
                if (t.size() >= 3) {
                    byWordSet.putIfAbsent(wordSet(t, 0, t.size()), e);
                }
            }
        }
    }

    private static String wordSet(List<Token> tokens, int from, int to) {
        java.util.TreeSet<String> words = new java.util.TreeSet<>();
        for (int i = from; i < to; i++) {
            words.add(tokens.get(i).lower());
        }
        return String.join(" ", words);
    }

    private void add(String alias, List<Token> tokens, ActorEntry entry) {
        if (tokens.isEmpty()) {
            return;
        }
        Node n = root;
        for (Token t : tokens) {
            n = n.children.computeIfAbsent(t.lower(), k -> new Node());
        }
        boolean exactCase = allCapitals(alias) || alias.length() > 1 && mixedCaseAcronym(alias);
        // first row wins for an alias, so a specific actor is not overridden by a generic row loaded later
        if (n.entry == null) {
            n.entry = entry;
            n.exactCase = exactCase ? alias : null;
        }
    }

    /** "SAA", "ISS": an alias written in capitals, which matches only as written. */
    public static boolean allCapitals(String alias) {
        return alias.length() > 1 && alias.chars().anyMatch(Character::isLetter) && alias.equals(alias.toUpperCase());
    }

    /** "FaR", "HaD": a short single word with capitals inside is an acronym too, so "far" is not Faylaq al-Rahman. */
    private static boolean mixedCaseAcronym(String alias) {
        return alias.length() <= 5 && alias.chars().allMatch(Character::isLetter)
                && alias.chars().filter(Character::isUpperCase).count() >= 2;
    }

    public List<ActorMention> find(String sentence, List<Token> tokens) {
        List<ActorMention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Longest longest = longestAt(sentence, tokens, i);
            int bestEnd = longest.end();
            int longer = longerInside(sentence, tokens, i, bestEnd);
            if (longer >= 0) {
                i = longer; // "the Army of Conquest": not "the army", but the longer name it overlaps
                continue;
            }
            Node best = longest.node();
            if (best != null) {
                int s = tokens.get(i).start();
                int e = tokens.get(bestEnd).end();
                ActorMention before = out.isEmpty() ? null : out.get(out.size() - 1);
                // "JNIM militants", "HTS troops": the description names the members of the group before it
                if (before == null || !describesItsMembers(best.entry, before, sentence, s, e)) {
                    out.add(new ActorMention(best.entry, s, e, sentence.substring(s, e)));
                }
                i = bestEnd + 1;
            } else {
                int run = capitalisedRun(tokens, i);
                ActorEntry reordered = run - i >= 3 ? byWordSet.get(wordSet(tokens, i, run)) : null;
                if (reordered != null) { // "Nour al-Zenki al-Din Movement"
                    int s = tokens.get(i).start();
                    int e = tokens.get(run - 1).end();
                    out.add(new ActorMention(reordered, s, e, sentence.substring(s, e)));
                    i = run;
                } else {
                    i++;
                }
            }
        }
        return out;
    }

    /**
     * A description of people in the plural ("militants", "troops") right after a named group, with
     * only a space between: its members (not "the HTS militant group", a description of the group).
     */
    private static boolean describesItsMembers(ActorEntry description, ActorMention before, String sentence,
                                               int start, int end) {
        boolean generic = description.kind() == ActorKind.GENERIC || description.isStateGeneric();
        boolean named = before.entry().kind() != ActorKind.GENERIC && !before.entry().isStateGeneric();
        String words = sentence.substring(start, end);
        boolean people = words.endsWith("s") || words.endsWith("men");
        // "anti-Houthi soldiers" are the group's enemies
        boolean against = ANTI.matcher(sentence.substring(Math.max(0, before.start() - 5), before.start())).find();
        return generic && named && people && !against && before.end() < start
                && sentence.substring(before.end(), start).isBlank();
    }

    private static final java.util.regex.Pattern ANTI = java.util.regex.Pattern.compile("(?i)\\banti[\\s-]$");

    /** The longest alias starting at a token: the trie node it ends at and its last token (null and -1: none). */
    private record Longest(Node node, int end) {
    }

    private Longest longestAt(String sentence, List<Token> tokens, int i) {
        Node n = root;
        Node best = null;
        int bestEnd = -1;
        for (int j = i; j < tokens.size(); j++) {
            Token token = tokens.get(j);
            n = child(n, token.lower(), Character.isUpperCase(token.text().charAt(0)));
            if (n == null) {
                break;
            }
            if (n.entry != null && caseOk(n, sentence, tokens.get(i).start(), tokens.get(j).end())) {
                best = n;
                bestEnd = j;
            }
        }
        return new Longest(best, bestEnd);
    }

    /** A token inside the match [i, end] where a longer alias starts and runs past it, or -1. */
    private int longerInside(String sentence, List<Token> tokens, int i, int end) {
        for (int k = i + 1; k <= end; k++) {
            int e = longestAt(sentence, tokens, k).end();
            if (e > end && e - k > end - i) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The node after {@code word}; a possessive ("Assad's", "Russia’s") is its name, so "Assad's
     * forces" is the alias "Assad forces" and "Assad's" alone the alias "Assad".
     */
    private static Node child(Node n, String word, boolean capitalised) {
        Node next = n.children.get(word);
        if (next != null || word.length() < 4 || word.charAt(word.length() - 1) != 's') {
            return next;
        }
        char before = word.charAt(word.length() - 2);
        if (before == '\'' || before == '’') {
            return n.children.get(word.substring(0, word.length() - 2));
        }
        // a name with a bare "s": its plural ("Russians") or a possessive that lost its apostrophe ("Assads")
        next = capitalised ? n.children.get(word.substring(0, word.length() - 1)) : null;
        return next != null && next.exactCase == null ? next : null;
    }

    /** End (exclusive) of the run of capitalised or "al-" words starting at {@code i}. */
    private static int capitalisedRun(List<Token> tokens, int i) {
        int j = i;
        while (j < tokens.size() && j - i < 7) {
            String t = tokens.get(j).text();
            boolean nameLike = !t.isEmpty() && (Character.isUpperCase(t.charAt(0)) || t.startsWith("al-")
                    || t.startsWith("el-") || t.equals("al") || t.equals("of"));
            if (!nameLike) {
                break;
            }
            j++;
        }
        return j;
    }

    private static boolean caseOk(Node n, String sentence, int start, int end) {
        if (n.exactCase == null) {
            return true;
        }
        String written = sentence.substring(start, end).replace("’", "'");
        return written.equals(n.exactCase) || written.equals(n.exactCase + "'s"); // "IS's fighters"
    }

    private static final class Node {
        final Map<String, Node> children = new HashMap<>(4);
        ActorEntry entry;
        String exactCase;
    }
}
