package org.sitrep.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.extract.text.Token;

/**
 * Where a sentence's clauses begin: a trigger's subject and objects are looked for inside its own
 * clause first ("X captured A, while Y shelled B").
 */
public final class Clauses {
    private final int[] starts;

    private Clauses(int[] starts) {
        this.starts = starts;
    }

    private static final Set<String> OPENERS = Set.of("following", "after", "amid", "despite", "during", "in",
            "according", "as", "before", "since", "while", "with", "under", "on", "earlier", "later", "meanwhile");

    /**
     * @param breaks lower-case words and punctuation that open a clause; a sentence that opens with
     *               a subordinate phrase ("Following clashes with X, Y took …") also breaks at its
     *               first comma
     */
    public static Clauses of(List<Token> tokens, Set<String> breaks) {
        List<Integer> s = new ArrayList<>();
        s.add(0);
        if (!tokens.isEmpty() && OPENERS.contains(tokens.get(0).lower())) {
            for (Token t : tokens) {
                if (t.text().equals(",")) {
                    s.add(t.end());
                    break;
                }
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).lower();
            if (breaks.contains(t) && i > 0) {
                s.add(t.equals(";") ? tokens.get(i).end() : tokens.get(i).start());
            }
        }
        return new Clauses(s.stream().mapToInt(Integer::intValue).sorted().distinct().toArray());
    }

    /** A clause starts between the two offsets. */
    public boolean breakBetween(int from, int to) {
        for (int s : starts) {
            if (s > from && s <= to) {
                return true;
            }
        }
        return false;
    }

    /** Start offset of the clause holding {@code offset}. */
    public int startOf(int offset) {
        int best = 0;
        for (int s : starts) {
            if (s <= offset) {
                best = s;
            }
        }
        return best;
    }

    /** End offset (exclusive) of the clause holding {@code offset}, or {@code length}. */
    public int endOf(int offset, int length) {
        for (int s : starts) {
            if (s > offset) {
                return s;
            }
        }
        return length;
    }
}
