package org.sitrep.extract.learn;

import java.util.EnumMap;
import java.util.Map;
import org.sitrep.extract.learn.EventModel.Head;
import org.sitrep.model.EventType;
import org.sitrep.model.SubEventType;

/**
 * What the model reads in one text: the most probable event type with its probability, the
 * probability that the text tells a change of control, and a non-territorial sub-type per event
 * type where the sub-type head is sure of one.
 */
public final class ModelReading {
    private EventType type;
    private double typeProbability;
    private double territory = Double.NaN;
    private final Map<EventType, SubEventType> subTypes = new EnumMap<>(EventType.class);
    private SubEventType territorialSubType;
    private double territorialProbability;

    private ModelReading() {
    }

    public static ModelReading of(EventModel model, String text) {
        SparseVector x = model.features().vector(text);
        ModelReading r = new ModelReading();
        model.head(Head.EVENT_TYPE).ifPresent(c -> {
            LinearClassifier.Prediction p = c.predict(x);
            r.type = EventType.find(p.label()).orElse(null);
            r.typeProbability = p.probability();
        });
        model.head(Head.TERRITORY).ifPresent(c ->
                r.territory = c.probabilities(x)[c.labels().indexOf(TrainingSet.Territory.YES)]);
        model.head(Head.SUB_EVENT_TYPE).ifPresent(c -> {
            // only where the head is sure: old records teach few sub-types
            double[] p = c.probabilities(x);
            for (int i = 0; i < p.length; i++) {
                SubEventType s = SubEventType.fromLabel(c.labels().get(i));
                if (!s.isTerritorial() && p[i] >= 0.5) {
                    r.subTypes.put(s.type(), s);
                }
                if (s.isTerritorial() && p[i] > r.territorialProbability) {
                    r.territorialSubType = s;
                    r.territorialProbability = p[i];
                }
            }
        });
        return r;
    }

    /** A reading with the given figures (for tests of what a typer does with a reading). */
    static ModelReading of(EventType type, double typeProbability, double territory) {
        ModelReading r = new ModelReading();
        r.type = type;
        r.typeProbability = typeProbability;
        r.territory = territory;
        return r;
    }

    /** The most probable event type, or null when the model has no type head. */
    public EventType type() {
        return type;
    }

    public double typeProbability() {
        return typeProbability;
    }

    /** The probability of a change of control; NaN when the model has no territory head. */
    public double territory() {
        return territory;
    }

    /** The most probable change-of-control sub-type, or null when the model has no sub-type head. */
    public SubEventType territorialSubType() {
        return territorialSubType;
    }

    public double territorialProbability() {
        return territorialProbability;
    }

    /** The sub-type of {@code type} the model is sure of, or null. */
    public SubEventType subType(EventType type) {
        return subTypes.get(type);
    }
}
