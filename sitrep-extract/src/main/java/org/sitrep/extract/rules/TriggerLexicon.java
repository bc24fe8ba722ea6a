package org.sitrep.extract.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.ingest.regex.WordStartPattern;
import org.sitrep.ingest.regex.PatternLexicon;

/** The trigger phrases of triggers.tsv, compiled; finds them in a sentence. */
public final class TriggerLexicon {
    private final List<TriggerCategory> categories = new ArrayList<>();
    private final PatternLexicon patterns;

    /** @param rows the language's triggers: category TAB regular expression (triggers.tsv) */
    public TriggerLexicon(List<String> rows) {
        List<WordStartPattern> compiled = new ArrayList<>();
        for (String line : rows) {
            String[] f = line.split("\t", 2);
            if (f.length < 2) {
                throw new IllegalStateException("triggers.tsv: bad line: " + line);
            }
            categories.add(TriggerCategory.valueOf(f[0].strip()));
            // the word boundaries hold for every alternative of the line
            compiled.add(new WordStartPattern("\\b(?:" + f[1].strip() + ")\\b", Pattern.CASE_INSENSITIVE));
        }
        patterns = new PatternLexicon(compiled);
    }

    /** Non-overlapping triggers in text order; where two overlap, the longer wins, then the earlier line. */
    public List<Trigger> find(String sentence) {
        List<Trigger> all = new ArrayList<>();
        patterns.forEachMatch(sentence, (line, start, m) -> {
            if (m.end() > start) {
                all.add(new Trigger(categories.get(line), start, m.end(), m.group()));
            }
        });
        all.sort(Comparator.comparingInt((Trigger t) -> -(t.end() - t.start())));
        List<Trigger> kept = new ArrayList<>();
        for (Trigger t : all) {
            boolean overlaps = false;
            for (Trigger k : kept) {
                if (t.start() < k.end() && t.end() > k.start()) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) {
                kept.add(t);
            }
        }
        kept.sort(Comparator.comparingInt(Trigger::start));
        return kept;
    }
}
