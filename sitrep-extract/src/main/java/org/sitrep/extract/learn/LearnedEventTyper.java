package org.sitrep.extract.learn;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.sitrep.extract.Resources;
import org.sitrep.extract.actor.ActorEntry;
import org.sitrep.extract.event.EventTyper;
import org.sitrep.extract.event.TriggerEvidence;
import org.sitrep.extract.pipeline.Document;
import org.sitrep.extract.pipeline.SentenceAnalysis;
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
 * <li>its type, when the model is confident ({@code typeThreshold}) the text tells another one;
 * remote violence only where the note names a weapon of it, a violent kind of an act the rules
 * read as non-violent only where the note tells some violence, and a battle out of a munition the
 * trigger names only where the note tells a fight;</li>
 * <li>a fight into a change of control when it is confident the text tells one ("took control of X
 * following clashes"), and a change of control into a fight when it is confident the text tells
 * none. An attempt the rules read ("failed to capture") stays a fight;</li>
 * <li>which change of control (the state regains, another side overtakes, a handover), when it is
 * confident: who takes a place in a terse note is where the rules' roles err most.</li>
 * </ul>
 * The model was trained on ACLED notes of one to three sentences and reads only reports that
 * short, whole: on the sentences of long reports (situation reports, news articles) it lowered
 * every measure, so there the rules decide alone. Thread-safe.
 */
public final class LearnedEventTyper implements EventTyper {
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
        Readings readings = this.readings.get();
        readings.typing(evidence.doc());
        if (ruled.isEmpty() || evidence.verdict() == FrameFilter.Verdict.ATTEMPT || !readings.isNote()) {
            return ruled;
        }
        TriggerCategory decided = decide(ruled.get(), readings.ofNote(model), tellsTakingAlready(evidence), tellsDeaths(evidence));
        return Optional.of(toldByTheNote(ruled.get(), decided, evidence)
                && !munitionWithoutFight(ruled.get(), decided, evidence) ? decided : ruled.get());
    }

    /**
     * A munition the trigger names ("a rebel mortar attack killed 21") in a note that tells no fight:
     * the model may not make it a battle (notes of shelling during clashes taught it that a shell can
     * be part of one; "fired at", "targeted" name no munition and stay its call).
     */
    private boolean munitionWithoutFight(TriggerCategory ruled, TriggerCategory decided, TriggerEvidence e) {
        return typeOf(decided) == EventType.BATTLES && isWeapon(ruled) && rules.namesMunition(e.trigger().text())
                && !anyTrigger(e, c -> c == TriggerCategory.CLASH);
    }

    /**
     * Whether the note names what the model's kind needs: a means of remote violence (a shell,
     * strike, drone, bomb, mine, grenade or gas the rules read as a trigger) for remote violence,
     * and some act of violence for a violent kind the rules did not read. Without one, "rebels
     * killed three soldiers" stays the fight the rules read and "handed over three checkpoints" the
     * handover, whatever a war's notes taught the model about such words.
     */
    private static boolean toldByTheNote(TriggerCategory ruled, TriggerCategory decided, TriggerEvidence e) {
        EventType type = typeOf(decided);
        if (type == typeOf(ruled)) {
            return true;
        }
        if (type == EventType.EXPLOSIONS) {
            return anyTrigger(e, LearnedEventTyper::isWeapon);
        }
        return !type.killsPeople() || typeOf(ruled).killsPeople() || anyTrigger(e, c -> typeOf(c).killsPeople());
    }

    private static boolean isWeapon(TriggerCategory c) {
        return c.isRemote() || c == TriggerCategory.IED || c == TriggerCategory.SUICIDE || c == TriggerCategory.GRENADE
                || c == TriggerCategory.CHEMICAL;
    }

    private static boolean anyTrigger(TriggerEvidence e, java.util.function.Predicate<TriggerCategory> kind) {
        return e.reportTells(t -> kind.test(t.category()));
    }

    /** Whether a sentence of the note counts someone killed. */
    private static boolean tellsDeaths(TriggerEvidence e) {
        for (SentenceAnalysis s : e.doc().sentences) {
            if (s.casualties != null && s.casualties.tellsDeaths()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the rules found a change of control in the note (then a fight there stays a fight). */
    private static boolean tellsTakingAlready(TriggerEvidence e) {
        return anyTrigger(e, c -> c.isTerritorial() || c == TriggerCategory.WITHDRAW);
    }

    /**
     * The rules' kind, changed where the model is confident; never a violent act into a kind without
     * violence when the note counts dead: a development kills no one (the dead veto it), and a
     * protest where people were killed is one met with force.
     */
    TriggerCategory decide(TriggerCategory ruled, ModelReading r, boolean takingTold, boolean deathsTold) {
        TriggerCategory c = ruled;
        EventType ruleType = typeOf(c);
        if (r.type() != null && r.typeProbability() >= typeThreshold && !sameClass(r.type(), ruleType)) {
            boolean killedInViolence = deathsTold && ruleType.killsPeople();
            if (killedInViolence && r.type() == EventType.PROTESTS) {
                c = TriggerCategory.EXCESSIVE; // a protest where people were killed: force used against it
            } else if (!killedInViolence || r.type().killsPeople()) {
                c = categoryFor(r.type(), r);
            }
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
        Readings readings = this.readings.get();
        return readings.isNote() && readings.noteContains(sentence) ? territorial(ruled, readings.ofNote(model)) : ruled;
    }

    /** The model's change of control where it is confident, else the rules'. */
    SubEventType territorial(SubEventType ruled, ModelReading r) {
        SubEventType learned = r.territorialSubType();
        return learned != null && r.territorialProbability() >= subTypeThreshold ? learned : ruled;
    }

    @Override
    public SubEventType labelled(String sentence) {
        return rules.labelled(sentence);
    }

    @Override
    public int precedence(SubEventType type) {
        return rules.precedence(type);
    }

    @Override
    public boolean namesMunition(String triggerText) {
        return rules.namesMunition(triggerText);
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

    /** The report this thread is typing, and the model's reading of it when it is a note (read once). */
    private static final class Readings {
        private Document doc;
        private ModelReading reading;

        void typing(Document d) {
            if (d != doc) {
                doc = d;
                reading = null;
            }
        }

        /**
         * Short and of one paragraph, as a coder's note is: a short report of several paragraphs (a
         * digest, a dateline's events one per paragraph) tells several events, and one reading of the
         * whole would give them all one type.
         */
        boolean isNote() {
            return doc != null && doc.shortAsANote() && oneParagraph(doc);
        }

        private static boolean oneParagraph(Document d) {
            for (SentenceAnalysis s : d.sentences) {
                if (s.sentence.paragraph() != d.sentences.get(0).sentence.paragraph()) {
                    return false;
                }
            }
            return true;
        }

        boolean noteContains(String sentence) {
            return doc.report.body().contains(sentence);
        }

        ModelReading ofNote(EventModel model) {
            if (reading == null) {
                reading = ModelReading.of(model, doc.report.body());
            }
            return reading;
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
