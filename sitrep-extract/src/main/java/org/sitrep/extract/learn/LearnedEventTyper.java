package org.sitrep.extract.learn;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.extract.Resources;
import org.sitrep.extract.actor.ActorEntry;
import org.sitrep.extract.event.EventTyper;
import org.sitrep.extract.event.TriggerEvidence;
import org.sitrep.extract.pipeline.Document;
import org.sitrep.extract.pipeline.SentenceAnalysis;
import org.sitrep.extract.rules.Trigger;
import org.sitrep.extract.rules.FrameFilter;
import org.sitrep.extract.rules.TriggerCategory;
import org.sitrep.model.EventType;
import org.sitrep.model.Location;
import org.sitrep.model.SubEventType;

/**
 * The rules' typer with a model's probabilities on top. The rules decide whether a trigger tells
 * an act at all (their vetoes stand: denied, intended or announced acts never reach a typer, a
 * trigger the rules give no act of its own stays without one, and the model never creates an event
 * where the rules found no trigger). Of an act the rules found, the model may change:
 * <ul>
 * <li>its type, when the model is confident ({@code typeThreshold}) the text tells another one;</li>
 * <li>a fight into a change of control when it is confident the text tells one ("took control of X
 * following clashes"), and a change of control into a fight when it is confident the text tells
 * none. An attempt the rules read ("failed to capture") stays a fight;</li>
 * <li>which change of control (the state regains, another side overtakes, a handover), when it is
 * confident: who takes a place in a terse note is where the rules' roles err most.</li>
 * </ul>
 * The model was trained on ACLED notes of one to three sentences: a report that short is read
 * whole, a longer one by the trigger's sentence. Thread-safe.
 */
public final class LearnedEventTyper implements EventTyper {
    /** Reports up to this many characters are read whole, like an ACLED note. */
    static final int NOTE_LENGTH = 700;
    private static final Map<EventType, TriggerCategory> CATEGORY_OF_TYPE = loadCategories();

    private final EventTyper rules;
    private final EventModel model;
    private final double typeThreshold;
    private final double territoryThreshold;
    private final double subTypeThreshold;
    private final ThreadLocal<Readings> readings = ThreadLocal.withInitial(Readings::new);

    /**
     * @param typeThreshold      the model's probability of another event type that re-types an act
     * @param territoryThreshold the probability of a change of control (or of none) that turns a fight into
     *                           a taking (or back)
     * @param subTypeThreshold   the probability of a territorial sub-type that overrides the rules' (which side
     *                           takes a place is the rules' hardest call: the roles of a terse note)
     */
    public LearnedEventTyper(EventTyper rules, EventModel model, double typeThreshold, double territoryThreshold,
                             double subTypeThreshold) {
        this.rules = rules;
        this.model = model;
        this.typeThreshold = typeThreshold;
        this.territoryThreshold = territoryThreshold;
        this.subTypeThreshold = subTypeThreshold;
    }

    /**
     * The thresholds the README's cross-validated figures were measured with (chosen among a few by
     * 5-fold cross-validation on the ACLED Syria notes, then checked on the other countries').
     */
    public static LearnedEventTyper standard(EventTyper rules, EventModel model) {
        return new LearnedEventTyper(rules, model, 0.6, 0.75, 0.6);
    }

    @Override
    public Optional<TriggerCategory> kind(TriggerEvidence evidence) {
        Optional<TriggerCategory> ruled = rules.kind(evidence);
        if (ruled.isEmpty() || evidence.verdict() == FrameFilter.Verdict.ATTEMPT) {
            return ruled;
        }
        return Optional.of(decide(ruled.get(), reading(evidence), tellsTakingAlready(evidence)));
    }

    /** Whether the rules found a change of control in the text the model reads (then a fight there stays a fight). */
    private static boolean tellsTakingAlready(TriggerEvidence e) {
        boolean note = e.doc().report.body().length() <= NOTE_LENGTH;
        for (SentenceAnalysis s : note ? e.doc().sentences : List.of(e.sentence())) {
            for (Trigger t : s.triggers) {
                if (t.category().isTerritorial() || t.category() == TriggerCategory.WITHDRAW) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The rules' kind, changed where the model is confident. */
    TriggerCategory decide(TriggerCategory ruled, ModelReading r, boolean takingTold) {
        TriggerCategory c = ruled;
        EventType ruleType = typeOf(c);
        if (r.type() != null && r.typeProbability() >= typeThreshold && !sameClass(r.type(), ruleType)) {
            c = categoryFor(r.type(), r);
        }
        double territory = r.territory();
        if (Double.isNaN(territory)) {
            return c;
        }
        if (c.isBattle() && !takingTold && territory >= territoryThreshold) {
            return TriggerCategory.TAKE;
        }
        if (c.isTerritorial() && 1 - territory >= territoryThreshold) {
            return TriggerCategory.CLASH;
        }
        return c;
    }

    @Override
    public SubEventType subType(TriggerCategory kind, ActorEntry actor1, Location where, String country, String sentence) {
        SubEventType ruled = rules.subType(kind, actor1, where, country, sentence);
        if (ruled == null || !ruled.isTerritorial()) {
            return ruled;
        }
        ModelReading r = readings.get().ofSentence(sentence, model);
        SubEventType learned = r.territorialSubType();
        return learned != null && r.territorialProbability() >= subTypeThreshold
                ? learned : ruled;
    }

    @Override
    public SubEventType labelled(String sentence) {
        return rules.labelled(sentence);
    }

    @Override
    public int precedence(SubEventType type) {
        return rules.precedence(type);
    }

    private static EventType typeOf(TriggerCategory c) {
        return c.defaultType() == null ? EventType.BATTLES : c.defaultType().type();
    }

    /** Protests and Riots are one class to a model trained on old ACLED records. */
    private static boolean sameClass(EventType model, EventType rules) {
        return model == rules || (model == EventType.PROTESTS && rules == EventType.RIOTS);
    }

    private static TriggerCategory categoryFor(EventType type, ModelReading r) {
        SubEventType sure = r.subType(type);
        if (sure != null) {
            for (TriggerCategory c : TriggerCategory.values()) {
                if (c.defaultType() == sure) {
                    return c;
                }
            }
        }
        return CATEGORY_OF_TYPE.get(type);
    }

    /** The model's reading of the trigger's note or sentence, read once per text and report. */
    private ModelReading reading(TriggerEvidence e) {
        Document doc = e.doc();
        String body = doc.report.body();
        String text = body.length() <= NOTE_LENGTH ? body : e.text();
        return readings.get().of(doc, text, model);
    }

    /** One thread's readings of the report it is extracting. */
    private static final class Readings {
        private Document doc;
        private final Map<String, ModelReading> byText = new HashMap<>();

        ModelReading of(Document d, String text, EventModel model) {
            if (d != doc) {
                doc = d;
                byText.clear();
            }
            return byText.computeIfAbsent(text, t -> ModelReading.of(model, t));
        }

        /** The reading for a sentence of the report being typed: the whole report when it is a note. */
        ModelReading ofSentence(String sentence, EventModel model) {
            String body = doc == null ? null : doc.report.body();
            String text = body != null && body.length() <= NOTE_LENGTH && body.contains(sentence) ? body : sentence;
            return byText.computeIfAbsent(text, t -> ModelReading.of(model, t));
        }
    }

    private static Map<EventType, TriggerCategory> loadCategories() {
        Map<EventType, TriggerCategory> out = new EnumMap<>(EventType.class);
        for (String line : Resources.lines("learn/type-categories.tsv")) {
            String[] f = line.split("\t");
            out.put(EventType.fromLabel(f[0].strip()), TriggerCategory.valueOf(f[1].strip()));
        }
        for (EventType t : EventType.values()) {
            if (!out.containsKey(t)) {
                throw new IllegalStateException("learn/type-categories.tsv: no kind for " + t.label());
            }
        }
        return out;
    }
}
