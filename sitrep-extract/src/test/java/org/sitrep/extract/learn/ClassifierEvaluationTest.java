package org.sitrep.extract.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.learn.EventModel.Head;

class ClassifierEvaluationTest {
    @Test
    void accuracyAndMacroF1CountEachLabel() {
        ClassifierEvaluation e = new ClassifierEvaluation(Head.EVENT_TYPE);
        e.add(Set.of("A"), "A");
        e.add(Set.of("A"), "B");
        e.add(Set.of("B"), "B");
        e.add(Set.of("A", "C"), "C");
        assertEquals(4, e.notes());
        assertEquals(0.75, e.accuracy(), 1e-9);
        // A: tp 1, predicted 1, gold 3 -> 0.5; B: tp 1, predicted 2, gold 1 -> 2/3; C: 1, 1, 1 -> 1
        assertEquals(0.5, e.f1("A"), 1e-9);
        assertEquals(2.0 / 3, e.f1("B"), 1e-9);
        assertEquals((0.5 + 2.0 / 3 + 1) / 3, e.macroF1(), 1e-9);
        assertEquals(3, e.support("A"));
    }

    @Test
    void heldOutNotesAreScoredWithTheModelsTopLabel() {
        EventModel model = new Trainer(FeatureSpec.DEFAULT, 4.0, null)
                .train(AcledRecords.byNote(SyntheticNotes.records(160, 11)), "synthetic");
        ClassifierEvaluation e = new ClassifierEvaluation(Head.EVENT_TYPE);
        e.add(model, AcledRecords.byNote(SyntheticNotes.records(40, 12)));
        assertEquals(40, e.notes());
        assertEquals(1.0, e.accuracy(), 0.05);
    }
}
