package org.sitrep.extract.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.learn.EventModel.Head;

class TrainerTest {
    private final Trainer trainer = new Trainer(FeatureSpec.DEFAULT, 4.0, null);

    @Test
    void learnsTypeAndTerritoryFromSyntheticNotes() {
        EventModel model = trainer.train(AcledRecords.byNote(SyntheticNotes.records(200, 1)), "synthetic");
        LinearClassifier type = model.head(Head.EVENT_TYPE).orElseThrow();
        LinearClassifier territory = model.head(Head.TERRITORY).orElseThrow();
        TextFeatures f = model.features();
        // sentences the training notes do not contain
        assertEquals("Explosions/Remote violence", type.predict(f.vector("Artillery shelled the village of Qasr.")).label());
        assertEquals("Protests", type.predict(f.vector("Hundreds demonstrated in Qasr against prices.")).label());
        assertEquals("Battles", type.predict(f.vector("Soldiers clashed with fighters near Qasr.")).label());
        assertEquals("yes", territory.predict(f.vector("Rebels seized the village of Qasr after the army withdrew.")).label());
        assertEquals("no", territory.predict(f.vector("Artillery shelled the village of Qasr.")).label());
    }

    @Test
    void aHeadWithOneLabelIsLeftOutAndSubTypesComeFromTheOldTypes() {
        EventModel model = trainer.train(AcledRecords.byNote(SyntheticNotes.records(80, 2)), "synthetic");
        // old battle types tell their sub-types: clash and overtaking
        LinearClassifier sub = model.head(Head.SUB_EVENT_TYPE).orElseThrow();
        assertEquals(List.of("Armed clash", "Non-state actor overtakes territory"),
                sub.labels().stream().sorted().toList());
        List<AcledRecord> onlyShelling = new ArrayList<>(SyntheticNotes.records(40, 3).stream()
                .filter(r -> r.label().eventType().label().startsWith("Explosions")).toList());
        EventModel single = trainer.train(AcledRecords.byNote(onlyShelling), "one type");
        assertFalse(single.head(Head.EVENT_TYPE).isPresent());
        assertTrue(single.head(Head.TERRITORY).isEmpty());
    }

    @Test
    void probabilitiesSumToOne() {
        EventModel model = trainer.train(AcledRecords.byNote(SyntheticNotes.records(100, 4)), "synthetic");
        double[] p = model.head(Head.EVENT_TYPE).orElseThrow().probabilities(model.features().vector("Mortars hit a market."));
        double sum = 0;
        for (double x : p) {
            sum += x;
        }
        assertEquals(1.0, sum, 1e-9);
    }

    @Test
    void trainingIsDeterministic() {
        List<List<AcledRecord>> notes = AcledRecords.byNote(SyntheticNotes.records(60, 5));
        LinearClassifier a = trainer.train(notes, "x").head(Head.EVENT_TYPE).orElseThrow();
        LinearClassifier b = trainer.train(notes, "x").head(Head.EVENT_TYPE).orElseThrow();
        assertTrue(java.util.Arrays.equals(a.weights(), b.weights()));
    }
}
