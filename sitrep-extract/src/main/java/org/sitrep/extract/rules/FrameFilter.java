package org.sitrep.extract.rules;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.extract.lang.Lexicon;
import org.sitrep.extract.text.ModalUse;
import org.sitrep.extract.text.Token;
import org.sitrep.extract.text.TokenPhrases;

/**
 * Decides whether a trigger tells an event: not when it is denied ("didn't enter"), planned
 * ("preparing to capture"), conditional ("as soon as ... establish control") or habitual
 * ("repeatedly attacked over the last year"). An attempt ("failed to capture") is a battle.
 */
public final class FrameFilter {
    /** What a trigger's surroundings make of it. */
    public enum Verdict { EVENT, ATTEMPT, NONE }

    private static final int INTENT_WINDOW = 6;
    private static final int NEAR_WINDOW = 3;
    /** How far before "to" a movement may stand: "advanced on the town from the east to capture it". */
    private static final int MOTION_WINDOW = 7;
    /** An assembly's place is often long: "gathered in front of the provincial governor's office in X to protest". */
    private static final int ASSEMBLY_WINDOW = 12;

    /** "fleeing the fighting", "fled heavy clashes": the fight within two words of the verb. */
    private static final int FLED_WINDOW = 2;
    /** "marched to mourn the two teachers shot by police": the grievance word within eight words of the act. */
    private static final int GRIEVANCE_WINDOW = 8;
    private final TokenPhrases negation;
    /** "fleeing the fighting": the fight is what people fled, not an event told. */
    private final TokenPhrases fled;
    /** "rallied against the offensive": the act is what a protest told before was against. */
    private final TokenPhrases grievance;
    private final TokenPhrases attempt;
    private final Set<String> realTo;
    private final Set<String> realToMotion;
    private final Set<String> realToAssembly;
    private final List<String> fought;
    private final TokenPhrases intent;
    private final TokenPhrases intentNear;
    private final List<String> habitual;
    private final List<String> ongoing;
    private final List<String> noFight;
    private final Set<String> clauseBreaks;


    /** @param lx the language's modality cues (modality.txt) */
    public FrameFilter(Lexicon lx) {
        negation = TokenPhrases.of(lx.list("negation"));
        fled = TokenPhrases.of(lx.list("fled"));
        grievance = TokenPhrases.of(lx.list("grievance"));
        attempt = TokenPhrases.of(lx.list("attempt"));
        realTo = lx.set("real-to");
        realToMotion = lx.set("real-to-motion");
        realToAssembly = lx.set("real-to-assembly");
        fought = lx.list("fought");
        intent = TokenPhrases.of(lx.list("intent"));
        intentNear = TokenPhrases.of(lx.list("intent-near"));
        habitual = lx.list("habitual");
        ongoing = lx.list("ongoing");
        noFight = lx.list("no-fight");
        clauseBreaks = lx.set("clause-break");

    }

    public Set<String> clauseBreaks() {
        return clauseBreaks;
    }

    /**
     * @param clauseStart offset where the trigger's clause starts
     */
    public Verdict judge(String sentence, List<Token> tokens, Trigger trigger, int clauseStart, int clauseEnd) {
        int t = firstTokenAt(tokens, trigger.start());
        String clause = sentence.substring(clauseStart, Math.max(clauseStart, Math.min(clauseEnd, sentence.length())))
                .toLowerCase(Locale.ROOT);
        for (String h : habitual) {
            if (clause.contains(h)) {
                return Verdict.NONE;
            }
        }
        if (attempt.endsWithin(tokens, t, 3)) {
            return Verdict.ATTEMPT;
        }
        if (negation.endsWithin(tokens, t, 3) || fledFrom(tokens, trigger)) {
            return Verdict.NONE;
        }
        // "to" + trigger: real after "managed to", an attempt after "tried to", else a plan
        if (t > 0 && tokens.get(t - 1).lower().equals("to")) {
            String verb = t > 1 ? tokens.get(t - 2).lower() : "";
            boolean protest = trigger.category() == TriggerCategory.PROTEST;
            if (!realTo.contains(verb) && !didWhatFollows(tokens, t - 1, firstTokenAt(tokens, clauseStart),
                    protest ? realToAssembly : realToMotion, protest ? ASSEMBLY_WINDOW : MOTION_WINDOW)) {
                return Verdict.NONE;
            }
        }
        // a plan or condition governs a trigger only from close by ("preparing to capture")
        int cs = Math.max(firstTokenAt(tokens, clauseStart), t - INTENT_WINDOW);
        for (int i = cs; i < t; i++) {
            if (intent.startsAt(tokens, i)) {
                return Verdict.NONE;
            }
        }
        if (intentNear.endsWithin(tokens, t, NEAR_WINDOW, start -> ModalUse.isModal(tokens, start))) {
            return Verdict.NONE; // "could capture", "if they capture"
        }
        if (trigger.text().toLowerCase(Locale.ROOT).startsWith("attempted")
                || trigger.text().toLowerCase(Locale.ROOT).startsWith("tried")) {
            return Verdict.ATTEMPT;
        }
        return Verdict.EVENT;
    }

    /** A fight told as what people fled ("civilians fleeing the fighting"), not as an event. */
    public boolean fledFrom(List<Token> tokens, Trigger trigger) {
        return trigger.category().isBattle() && fled.endsWithin(tokens, firstTokenAt(tokens, trigger.start()), FLED_WINDOW);
    }

    /**
     * An act told as what a protest before it in the sentence was against ("hundreds rallied in X
     * against the offensive on Y", "a sit-in was held to condemn the shelling"): the protest's
     * cause, not an event of its own; nor is a protest word that says so ("gathered in X, denouncing
     * the strikes") a second protest.
     */
    public boolean protestedAgainst(List<Token> tokens, Trigger trigger, List<Trigger> triggers) {
        int protest = Integer.MAX_VALUE;
        for (Trigger o : triggers) {
            if (o != trigger && o.category() == TriggerCategory.PROTEST && o.end() <= trigger.start()) {
                protest = Math.min(protest, firstTokenAt(tokens, o.end()));
            }
        }
        if (protest == Integer.MAX_VALUE) {
            return false;
        }
        int at = firstTokenAt(tokens, trigger.start());
        if (trigger.category() == TriggerCategory.PROTEST) {
            // "gathered in X, denouncing ...": the same protest's purpose, not a second one
            int end = firstTokenAt(tokens, trigger.end());
            List<String> phrase = grievance.phraseEndingAt(tokens, end);
            return phrase != null && phrase.size() == end - at;
        }
        int after = protest;
        return grievance.endsWithin(tokens, at, GRIEVANCE_WINDOW, start -> start >= after);
    }

    /** The text says fighting for the place goes on ("An intense fighting is ongoing"). */
    public boolean saysOngoing(String text) {
        String l = text.toLowerCase(Locale.ROOT);
        return ongoing.stream().anyMatch(l::contains);
    }

    /** The text says the place changed hands without a fight (and not that the side left under fire). */
    public boolean saysNoFight(String text) {
        String l = text.toLowerCase(Locale.ROOT);
        return noFight.stream().anyMatch(l::contains) && !saysFought(text);
    }

    /** The text says the side left under fire or after fighting ("withdrew under fire"). */
    public boolean saysFought(String text) {
        String l = text.toLowerCase(Locale.ROOT);
        return fought.stream().anyMatch(l::contains);
    }

    /**
     * "advanced in northern Hama to control X", "gathered outside the ministry to protest": a movement
     * (an assembly, for a protest) a few words before the purpose's "to", in the same clause and with
     * no other "to" between, did what the purpose says.
     */
    private boolean didWhatFollows(List<Token> tokens, int to, int clauseStart, Set<String> verbs, int window) {
        for (int i = to - 1; i >= Math.max(clauseStart, to - window); i--) {
            String w = tokens.get(i).lower();
            if (verbs.contains(w)) {
                return true;
            }
            if (w.equals("to") && i > 0 && verbs.contains(tokens.get(i - 1).lower())) {
                return true; // "returned to the town to take control of it"
            }
            if (w.equals("to") || clauseBreaks.contains(w) || intent.startsAt(tokens, i)) {
                return false;
            }
        }
        return false;
    }

    private static int firstTokenAt(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > offset) {
                return i;
            }
        }
        return tokens.size();
    }
}
