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

    /** @param breaks lower-case words and punctuation that open a clause */
    public static Clauses of(List<Token> tokens, Set<String> breaks) {
        List<Integer> s = new ArrayList<>();
        s.add(0);
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).lower();
            if (breaks.contains(t) && i > 0) {
                s.add(t.equals(";") ? tokens.get(i).end() : tokens.get(i).start());
            }
        }
        return new Clauses(s.stream().mapToInt(Integer::intValue).toArray());
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
