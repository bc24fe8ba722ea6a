package org.sitrep.extract.event;

import java.util.function.Predicate;
import org.sitrep.extract.pipeline.Document;
import org.sitrep.extract.pipeline.SentenceAnalysis;
import org.sitrep.extract.rules.FrameFilter;
import org.sitrep.extract.rules.Roles;
import org.sitrep.extract.rules.Trigger;

/**
 * What a typer may read about one trigger: the report, the sentence (by its index), the trigger and
 * its clause, the filter's verdict on it (an attempt, not a denial: denials never reach a typer),
 * and the actors the roles give it.
 */
public record TriggerEvidence(Document doc, int sentenceIndex, Trigger trigger, int clauseStart, int clauseEnd,
                              FrameFilter.Verdict verdict, Roles roles) {
    public SentenceAnalysis sentence() {
        return doc.sentences.get(sentenceIndex);
    }

    public String text() {
        return sentence().text();
    }

    /** Whether any trigger of the report (this one included) is one the test accepts. */
    public boolean reportTells(Predicate<Trigger> test) {
        for (SentenceAnalysis s : doc.sentences) {
            for (Trigger t : s.triggers) {
                if (test.test(t)) {
                    return true;
                }
            }
        }
        return false;
    }
}
