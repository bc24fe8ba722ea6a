package org.sitrep.extract.learn;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The learned layer's model: the feature spec and one classifier per head ({@link Head}). A head
 * the training data could not teach (fewer than two labels) is absent.
 */
public final class EventModel {
    private final TextFeatures features;
    private final Map<Head, LinearClassifier> heads;
    private final String trainedOn;

    public EventModel(FeatureSpec spec, Map<Head, LinearClassifier> heads, String trainedOn) {
        this.features = new TextFeatures(spec);
        this.heads = new LinkedHashMap<>(heads);
        this.trainedOn = trainedOn == null ? "" : trainedOn;
        for (LinearClassifier c : heads.values()) {
            if (c.space() != spec.space()) {
                throw new IllegalArgumentException("a head's feature space differs from the spec's");
            }
        }
    }

    public FeatureSpec spec() {
        return features.spec();
    }

    public TextFeatures features() {
        return features;
    }

    /** A one-line description of the training data (file names and counts), never its text. */
    public String trainedOn() {
        return trainedOn;
    }

    public Optional<LinearClassifier> head(Head head) {
        return Optional.ofNullable(heads.get(head));
    }

    public Map<Head, LinearClassifier> heads() {
        return Map.copyOf(heads);
    }

    /** What the model decides, one classifier each. */
    public enum Head {
        /** ACLED's event type (Protests and Riots are one class: old records do not tell them apart). */
        EVENT_TYPE("event_type"),
        /** ACLED's sub-event type, where the records give it. */
        SUB_EVENT_TYPE("sub_event_type"),
        /** Whether the text tells a change of control: "yes" or "no". */
        TERRITORY("territory");

        private final String key;

        Head(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static Head fromKey(String key) {
            for (Head h : values()) {
                if (h.key.equals(key)) {
                    return h;
                }
            }
            throw new IllegalArgumentException("unknown model head: " + key);
        }
    }
}
