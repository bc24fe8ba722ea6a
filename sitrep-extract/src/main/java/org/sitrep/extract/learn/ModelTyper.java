package org.sitrep.extract.learn;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.extract.Resources;
import org.sitrep.extract.learn.EventModel.Head;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Modality;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;

/**
 * Combines the rules' events with the model's probabilities. The rules decide whether there is an
 * event at all (their vetoes stand: a negated, denied, intended or conditional event never reaches
 * here, and the model creates none); the model may change what an event the rules found is:
 * <ul>
 * <li>its type, when the model is confident ({@code typeThreshold}) that the text tells another;</li>
 * <li>a clash into a change of control when the model is confident the text tells one (actor1,
 * who the rules made the taker, decides: state forces regain, others overtake), and a change of
 * control back into a clash when it is confident the text tells none.</li>
 * </ul>
 * The model was trained on short notes: a short report is read whole, a longer one by the event's
 * own sentence. Thread-safe.
 */
public final class ModelTyper {
    /** Reports up to this many characters are read whole, like an ACLED note. */
    static final int NOTE_LENGTH = 700;

    private static final Map<EventType, SubEventType> DEFAULT_SUB_TYPES = loadDefaults();

    private final EventModel model;
    private final double typeThreshold;
    private final double territoryThreshold;

    public ModelTyper(EventModel model, double typeThreshold, double territoryThreshold) {
        this.model = model;
        this.typeThreshold = typeThreshold;
        this.territoryThreshold = territoryThreshold;
    }

    public static ModelTyper standard(EventModel model) {
        return new ModelTyper(model, 0.75, 0.75);
    }

    public EventModel model() {
        return model;
    }

    /** The report's events, re-typed where the model is confident; the same events otherwise. */
    public List<Event> retype(Report report, List<Event> events) {
        if (events.isEmpty()) {
            return events;
        }
        boolean note = report.body().length() <= NOTE_LENGTH;
        Map<String, Reading> readings = new HashMap<>();
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            String text = note || e.evidence() == null ? report.body() : e.evidence().text();
            Reading r = readings.computeIfAbsent(text, this::read);
            out.add(retype(e, r));
        }
        return out;
    }

    Event retype(Event e, Reading r) {
        if (Modality.DENIED.label().equals(e.attribution() == null ? null : e.attribution().modality())) {
            return e;
        }
        Optional<EventType> ruleType = EventType.find(e.eventType());
        if (ruleType.isEmpty()) {
            return e;
        }
        Event typed = e;
        if (r.type != null && r.typeProbability >= typeThreshold && !sameClass(r.type, ruleType.get())) {
            typed = withSubType(e, subTypeFor(r.type, r));
        }
        SubEventType sub = typed.subEventType() == null ? null : SubEventType.fromLabel(typed.subEventType());
        if (sub == SubEventType.ARMED_CLASH && r.territory >= territoryThreshold) {
            return withSubType(typed, takerIsState(typed) ? SubEventType.GOVERNMENT_REGAINS_TERRITORY
                    : SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
        }
        if ((sub == SubEventType.GOVERNMENT_REGAINS_TERRITORY || sub == SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY)
                && 1 - r.territory >= territoryThreshold && r.hasTerritory) {
            return withSubType(typed, SubEventType.ARMED_CLASH);
        }
        return typed;
    }

    /** Protests and Riots are one class to a model trained on old records. */
    private static boolean sameClass(EventType model, EventType rules) {
        return model == rules || (model == EventType.PROTESTS && rules == EventType.RIOTS);
    }

    private SubEventType subTypeFor(EventType type, Reading r) {
        return r.bestSubType.getOrDefault(type, DEFAULT_SUB_TYPES.get(type));
    }

    private static boolean takerIsState(Event e) {
        return e.actor1() != null && Integer.valueOf(1).equals(e.actor1().inter());
    }

    private static Event withSubType(Event e, SubEventType sub) {
        return new Event(e.report(), e.date(), e.datePrecision(), e.monthDay(), sub.type().label(), sub.label(),
                e.actor1(), e.actor2(), e.assocActor1(), e.assocActor2(), e.location(), e.country(), e.fatalities(),
                e.prisoners(), e.materiel(), e.attribution(), e.confidence(), e.evidence());
    }

    /** What the model reads in one text. */
    Reading read(String text) {
        SparseVector x = model.features().vector(text);
        Reading r = new Reading();
        model.head(Head.EVENT_TYPE).ifPresent(c -> {
            LinearClassifier.Prediction p = c.predict(x);
            r.type = EventType.find(p.label()).orElse(null);
            r.typeProbability = p.probability();
        });
        model.head(Head.TERRITORY).ifPresent(c -> {
            double[] p = c.probabilities(x);
            r.territory = p[c.labels().indexOf(TrainingSet.Territory.YES)];
            r.hasTerritory = true;
        });
        model.head(Head.SUB_EVENT_TYPE).ifPresent(c -> {
            // a sub-type only where the sub-type head is sure of it: old records teach few sub-types
            double[] p = c.probabilities(x);
            Map<EventType, Double> best = new EnumMap<>(EventType.class);
            for (int i = 0; i < p.length; i++) {
                SubEventType s = SubEventType.fromLabel(c.labels().get(i));
                if (!s.isTerritorial() && p[i] >= 0.5 && p[i] > best.getOrDefault(s.type(), -1.0)) {
                    best.put(s.type(), p[i]);
                    r.bestSubType.put(s.type(), s);
                }
            }
        });
        return r;
    }

    /** The model's reading of one text. */
    static final class Reading {
        EventType type;
        double typeProbability;
        double territory;
        boolean hasTerritory;
        final Map<EventType, SubEventType> bestSubType = new EnumMap<>(EventType.class);
    }

    private static Map<EventType, SubEventType> loadDefaults() {
        Map<EventType, SubEventType> out = new EnumMap<>(EventType.class);
        for (String line : Resources.lines("learn/default-sub-types.tsv")) {
            String[] f = line.split("\t");
            out.put(EventType.fromLabel(f[0].strip()), SubEventType.fromLabel(f[1].strip()));
        }
        return out;
    }
}
