package org.sitrep.extract.event;

import java.util.List;
import org.sitrep.ingest.regex.LowerCase;
import org.sitrep.ingest.regex.PatternLexicon;
import org.sitrep.ingest.regex.WordStartPattern;

/**
 * Tells sentences that give the war's history or its running totals ("more than N people have
 * been killed since the conflict began", "the war has killed N") from those that tell an event:
 * background produces no event, and its figures are no event's losses. The cues are data
 * ({@code background.txt}).
 */
public final class Background {
    private final PatternLexicon cues;

    public Background(List<String> patterns) {
        this.cues = new PatternLexicon(patterns.stream().map(p -> new WordStartPattern(p, 0)).toList());
    }

    /** The sentence gives history or a running total, not an event. */
    public boolean tells(String sentence) {
        boolean[] found = new boolean[1];
        cues.forEachMatch(LowerCase.of(sentence), (k, start, m) -> found[0] = true);
        return found[0];
    }
}
