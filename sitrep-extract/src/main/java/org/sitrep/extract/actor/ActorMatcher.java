package org.sitrep.extract.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.extract.text.Token;
import org.sitrep.extract.text.Tokenizer;

/**
 * Finds dictionary actors in a sentence: longest match over a trie of alias tokens. Aliases in
 * capitals (SAA, IS) match only as written, so "is" never becomes the Islamic State.
 */
public final class ActorMatcher {
    private final Node root = new Node();

    public ActorMatcher(ActorDictionary dictionary) {
        for (ActorEntry e : dictionary.entries()) {
            for (String alias : e.aliases()) {
                add(alias, e);
            }
        }
    }

    private void add(String alias, ActorEntry entry) {
        List<Token> tokens = Tokenizer.tokenize(alias);
        if (tokens.isEmpty()) {
            return;
        }
        Node n = root;
        for (Token t : tokens) {
            n = n.children.computeIfAbsent(t.lower(), k -> new Node());
        }
        boolean exactCase = alias.length() > 1 && alias.equals(alias.toUpperCase()) && alias.chars().anyMatch(Character::isLetter);
        // first row wins for an alias, so a specific actor is not overridden by a generic row loaded later
        if (n.entry == null) {
            n.entry = entry;
            n.exactCase = exactCase ? alias : null;
        }
    }

    public List<ActorMention> find(String sentence, List<Token> tokens) {
        List<ActorMention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Node n = root;
            Node best = null;
            int bestEnd = -1;
            for (int j = i; j < tokens.size(); j++) {
                n = n.children.get(tokens.get(j).lower());
                if (n == null) {
                    break;
                }
                if (n.entry != null && caseOk(n, sentence, tokens.get(i).start(), tokens.get(j).end())) {
                    best = n;
                    bestEnd = j;
                }
            }
            if (best != null) {
                int s = tokens.get(i).start();
                int e = tokens.get(bestEnd).end();
                out.add(new ActorMention(best.entry, s, e, sentence.substring(s, e)));
                i = bestEnd + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    private static boolean caseOk(Node n, String sentence, int start, int end) {
        return n.exactCase == null || sentence.substring(start, end).replace("’", "'").equals(n.exactCase);
    }

    private static final class Node {
        final Map<String, Node> children = new HashMap<>(4);
        ActorEntry entry;
        String exactCase;
    }
}
