package org.sitrep.extract.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.extract.Resources;
import org.sitrep.ingest.regex.WordStartPattern;
import org.sitrep.ingest.regex.WordStarts;

/** The trigger phrases of triggers.tsv, compiled; finds them in a sentence. */
public final class TriggerLexicon {
    private record Entry(TriggerCategory category, WordStartPattern pattern) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public TriggerLexicon() {
        for (String line : Resources.lines("triggers.tsv")) {
            String[] f = line.split("\t", 2);
            if (f.length < 2) {
                throw new IllegalStateException("triggers.tsv: bad line: " + line);
            }
            entries.add(new Entry(TriggerCategory.valueOf(f[0].strip()),
                    new WordStartPattern("\\b" + f[1].strip() + "\\b", Pattern.CASE_INSENSITIVE)));
        }
    }

    /** Non-overlapping triggers in text order; where two overlap, the longer wins, then the earlier line. */
    public List<Trigger> find(String sentence) {
        List<Trigger> all = new ArrayList<>();
        WordStarts words = WordStarts.of(sentence);
        for (Entry e : entries) {
            e.pattern().forEachMatch(sentence, words, (start, m) -> {
                if (m.end() > start) {
                    all.add(new Trigger(e.category(), start, m.end(), m.group()));
                }
            });
        }
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
