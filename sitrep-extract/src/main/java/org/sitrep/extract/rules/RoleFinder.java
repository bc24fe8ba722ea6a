package org.sitrep.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.extract.actor.ActorEntry;
import org.sitrep.extract.actor.ActorMatcher;
import org.sitrep.extract.actor.ActorMention;
import org.sitrep.extract.lang.Lexicon;
import org.sitrep.extract.text.Tokenizer;

/**
 * Finds a trigger's actors by position: the subject before an active trigger, the agent after a
 * passive one ("captured by X"), the sides of "clashes between X and Y", the attacker of a
 * repelled attack, the holder of a place ("ISIS-held", "from X", "controlled by X").
 */
public final class RoleFinder {
    private final ActorMatcher matcher;

    private final Set<String> prepositions;
    private final Pattern held;
    private final Pattern heldBy;
    private final Pattern hedgedAgent;
    private final Pattern groupOf;
    private final Pattern auxiliaryGap;
    private final Pattern passive;
    private final Pattern agentAfterNoun;
    private final Set<String> articleLike;
    /** An explosive trigger that begins with the words of whoever set it off ("hit a roadside bomb"). */
    private final Pattern victimSetsOff;

    /** @param lx the language's role words (roles.txt) */
    public RoleFinder(ActorMatcher matcher, Lexicon lx) {
        this.matcher = matcher;
        prepositions = lx.set("preposition");
        held = Pattern.compile("([\\p{L}'’/]+(?:[ -][\\p{L}'’]+)?)-" + lx.alternation("held") + "\\b");
        heldBy = Pattern.compile("\\b" + lx.alternation("held-by") + "\\s+by\\s+", Pattern.CASE_INSENSITIVE);
        hedgedAgent = Pattern.compile("(?i)" + lx.alternation("hedge") + "\\s*(?:by\\s+)?(?:the\\s+)?$");
        groupOf = Pattern.compile("(?i)\\b" + lx.alternation("group-of") + "\\s+of\\s+(?:the\\s+)?$");
        auxiliaryGap = Pattern.compile("(?i)" + lx.alternation("auxiliary") + "( \\w+)?");
        agentAfterNoun = Pattern.compile("(?i)^,?\\s+(?:(?:was\\s+|were\\s+)?" + lx.alternation("agent-verb")
                + "\\s+)?by\\s+(?:the\\s+)?");
        passive = Pattern.compile("(?i)\\b" + lx.alternation("passive") + "(?:\\s+\\w+ly)?\\s+$");
        articleLike = lx.set("article-like");
        victimSetsOff = Pattern.compile("(?i)" + lx.alternation("sets-off") + "\\b");
    }

    /** An actor mention with whether it stands as a subject (not the object of a preposition). */
    private record Slot(ActorMention mention, boolean subject) {
    }

    public Roles find(String sentence, List<ActorMention> actors, List<Trigger> triggers, Trigger trigger,
                      int clauseStart, int clauseEnd, Clauses clauses) {
        List<Slot> slots = slots(sentence, actors, triggers, clauses);
        TriggerCategory c = trigger.category();
        if (c == TriggerCategory.TAKE_PASSIVE || c == TriggerCategory.KILLED_BY) {
            List<ActorMention> after = after(slots, trigger.end(), sentence.length(), false);
            List<ActorMention> before = subjectsBefore(slots, clauseStart, trigger.start());
            return roles(after, before);
        }
        if (c == TriggerCategory.IED && victimSetsOff.matcher(trigger.text()).lookingAt()) {
            // "a patrol stepped on a mine", "five soldiers died when their vehicle hit a landmine": the
            // subject is the victim, the clause's or, in a "when" clause about a vehicle, the sentence's
            List<ActorMention> victims = subjectsBefore(slots, clauseStart, trigger.start());
            return roles(List.of(), victims.isEmpty() ? subjectsBefore(slots, 0, trigger.start()) : victims);
        }
        if (c == TriggerCategory.REPEL) {
            List<ActorMention> attackers = after(slots, trigger.end(), clauseEnd, false);
            List<ActorMention> defenders = subjectsBefore(slots, clauseStart, trigger.start());
            return roles(attackers, defenders);
        }
        // "killed in an attack by IS militants": the noun's agent is the attacker
        List<ActorMention> agent = nominal(trigger) ? agentRightAfter(sentence, slots, trigger.end()) : List.of();
        boolean nounAgent = !agent.isEmpty();
        if (!nounAgent && passive.matcher(sentence.substring(clauseStart, trigger.start())).find()) {
            agent = byAgent(sentence, slots, trigger.end()); // "Houthi positions were struck by coalition jets"
        }
        if (!agent.isEmpty()) {
            List<ActorMention> attacked = new ArrayList<>(subjectsBefore(slots, clauseStart, trigger.start()));
            if (attacked.isEmpty() && nounAgent) { // "shelling by the SAA hit HTS positions"
                attacked.addAll(after(slots, agent.get(0).end(), clauseEnd, false));
            }
            attacked.removeAll(agent);
            return roles(agent, attacked);
        }
        List<ActorMention> between = between(sentence, slots, trigger);
        if (between.size() >= 2) {
            return roles(between.subList(0, 1), between.subList(1, between.size()));
        }
        List<ActorMention> subjects = covering(slots, trigger); // "Turkish shelling", "Russian airstrikes"
        if (subjects.isEmpty() && nominal(trigger)) {
            subjects = adjacent(sentence, slots, trigger); // "from regime shelling"
        }
        if (subjects.isEmpty()) {
            subjects = subjectsBefore(slots, clauseStart, trigger.start());
        }
        if (subjects.isEmpty()) {
            subjects = subjectsBefore(slots, 0, trigger.start());
        }
        List<ActorMention> objects = after(slots, trigger.end(), clauseEnd, false);
        if (subjects.isEmpty() && c.isBattle() && nominal(trigger)) {
            // "Following clashes with X, Y took …": the sentence's subject fought
            subjects = subjectsBefore(slots, trigger.end(), sentence.length());
            objects = new ArrayList<>(objects);
            objects.removeAll(subjects);
        }
        if (subjects.isEmpty()) {
            List<ActorMention> hedged = hedged(sentence, slots); // "Airstrikes, likely regime or Russian, hit X"
            if (!hedged.isEmpty()) {
                subjects = hedged;
                objects = new ArrayList<>(objects);
                objects.removeAll(hedged);
            }
        }
        if (subjects.isEmpty()) {
            List<ActorMention> by = byAgent(sentence, slots, trigger.end());
            if (!by.isEmpty()) {
                subjects = by;
                objects = new ArrayList<>(objects);
                objects.removeAll(by);
            }
        }
        if (objects.isEmpty() && c.isTerritorial()) {
            objects = holders(sentence, slots, actors, trigger.end());
        }
        if (objects.isEmpty()) {
            objects = after(slots, trigger.end(), sentence.length(), true);
        }
        if (objects.isEmpty() && c == TriggerCategory.CLASH && subjects.size() >= 2) {
            // "Houthi forces and pro-Hadi forces clashed in X": subjects of two sides are the two sides
            String side = subjects.get(0).entry().side();
            List<ActorMention> one = subjects.stream().filter(m -> m.entry().side().equals(side)).toList();
            List<ActorMention> other = subjects.stream().filter(m -> !m.entry().side().equals(side)).toList();
            if (!other.isEmpty()) {
                return roles(one, other);
            }
        }
        return roles(subjects, objects);
    }

    private Roles roles(List<ActorMention> one, List<ActorMention> two) {
        List<ActorEntry> first = entries(one);
        List<ActorEntry> second = new ArrayList<>(entries(two));
        if (!first.isEmpty()) {
            String side = first.get(0).side();
            // associates of actor1 are on its side; the rest of the subject list is not actor2
            List<ActorEntry> assoc = new ArrayList<>();
            for (ActorEntry e : first.subList(1, first.size())) {
                if (e.side().equals(side) && !e.equals(first.get(0))) {
                    assoc.add(e);
                }
            }
            second.removeIf(e -> e.equals(first.get(0)) || assoc.contains(e));
            ActorEntry a2 = second.isEmpty() ? null : second.get(0);
            List<ActorEntry> assoc2 = new ArrayList<>();
            if (a2 != null) {
                for (ActorEntry e : second.subList(1, second.size())) {
                    if (e.side().equals(a2.side()) && !e.equals(a2)) {
                        assoc2.add(e);
                    }
                }
            }
            return new Roles(first.get(0), dedupe(assoc), a2, dedupe(assoc2));
        }
        if (second.isEmpty()) {
            return Roles.NONE;
        }
        return new Roles(null, List.of(), second.get(0), dedupe(second.subList(1, second.size()).stream()
                .filter(e -> e.side().equals(second.get(0).side())).toList()));
    }

    private static List<ActorEntry> dedupe(List<ActorEntry> l) {
        return l.stream().distinct().toList();
    }

    private static List<ActorEntry> entries(List<ActorMention> ms) {
        return ms.stream().map(ActorMention::entry).toList();
    }

    /** A noun ("shelling", "clashes") rather than a verb ("shelled", "ambushed"). */
    private static boolean nominal(Trigger trigger) {
        String t = trigger.text().toLowerCase(Locale.ROOT);
        return !t.endsWith("ed") && !t.contains("ed ");
    }

    private static List<ActorMention> adjacent(String sentence, List<Slot> slots, Trigger trigger) {
        for (Slot s : slots) {
            if (s.mention().end() <= trigger.start() && trigger.start() - s.mention().end() <= 1
                    && sentence.substring(s.mention().end(), trigger.start()).isBlank()) {
                return List.of(s.mention());
            }
        }
        return List.of();
    }

    /**
     * An actor named in the weapon's own words: covering it ("Russian shelling") or running into it
     * ("a Russian missile strike", where "Russian missile" names the actor and "missile strike" the act).
     */
    private static List<ActorMention> covering(List<Slot> slots, Trigger trigger) {
        for (Slot s : slots) {
            if (s.mention().start() < trigger.start() && s.mention().end() > trigger.start()
                    && !s.mention().entry().kind().equals(org.sitrep.extract.actor.ActorKind.GENERIC)) {
                return List.of(s.mention());
            }
        }
        return List.of();
    }

    private List<ActorMention> hedged(String sentence, List<Slot> slots) {
        for (Slot s : slots) {
            String m = s.mention().text().toLowerCase(Locale.ROOT);
            if (m.startsWith("likely ") || m.startsWith("believed ")
                    || hedgedAgent.matcher(sentence.substring(0, s.mention().start())).find()) {
                return List.of(s.mention());
            }
        }
        return List.of();
    }

    private List<Slot> slots(String sentence, List<ActorMention> actors, List<Trigger> triggers,
                                    Clauses clauses) {
        List<Slot> out = new ArrayList<>();
        boolean previousSubject = true;
        int previousEnd = -1;
        ActorMention previous = null;
        for (ActorMention m : actors) {
            if (m.end() < sentence.length() && sentence.charAt(m.end()) == '-'
                    || overlapsTrigger(m, triggers) && m.entry().kind() == org.sitrep.extract.actor.ActorKind.GENERIC) {
                continue; // "regime-controlled X" names who holds X; "airstrikes" is a weapon, not a party
            }
            if (previous != null && m.entry().isUnidentified() && !previous.entry().namesNobody()
                    && sentence.substring(previous.end(), m.start()).isBlank()) {
                continue; // "Turkish military aircraft": the aircraft are the named actor's, not unattributed
            }
            previous = m;
            String head = sentence.substring(0, m.start());
            Matcher g = groupOf.matcher(head);
            int at = g.find() ? g.start() : m.start(); // "the forces of X" stand where "the forces" stand
            String before = wordBefore(sentence, at);
            boolean subject;
            if (verbFollows(sentence, m, triggers)) {
                subject = true; // "…, regime forces took control": whatever precedes, it acts
            } else if ((before.equals("and") || before.equals(",") || before.equals("&")) && previousEnd >= 0
                    && m.start() - previousEnd < 8 && !clauses.breakBetween(previousEnd, m.start())) {
                subject = previousSubject; // "X and Y" share a role
            } else {
                subject = !prepositions.contains(before);
            }
            out.add(new Slot(m, subject));
            previousSubject = subject;
            previousEnd = m.end();
        }
        return out;
    }

    private static boolean overlapsTrigger(ActorMention m, List<Trigger> triggers) {
        for (Trigger t : triggers) {
            if (m.start() < t.end() && t.start() < m.end()) {
                return true;
            }
        }
        return false;
    }

    /** A trigger starts right after the mention (a few words at most): the mention is its subject. */
    private boolean verbFollows(String sentence, ActorMention m, List<Trigger> triggers) {
        for (Trigger t : triggers) {
            if (t.start() >= m.end() && t.start() - m.end() <= 12) {
                String gap = sentence.substring(m.end(), t.start()).strip();
                return gap.isEmpty() || auxiliaryGap.matcher(gap).matches();
            }
        }
        return false;
    }

    /** The previous word, skipping articles and possessives ("with the SAA"). */
    private String wordBefore(String sentence, int at) {
        int end = at;
        while (end > 0) {
            // a word: a run of non-space characters, a comma starting a word of its own ("SAA," is "SAA" ",")
            int start = end;
            while (start > 0 && !isSpace(sentence.charAt(start - 1)) && sentence.charAt(start - 1) != ',') {
                start--;
            }
            if (start > 0 && sentence.charAt(start - 1) == ',') {
                start--; // the comma opens the word after it, or is one
            }
            String w = sentence.substring(start, end).toLowerCase(Locale.ROOT).strip();
            end = start;
            while (end > 0 && isSpace(sentence.charAt(end - 1))) {
                end--;
            }
            if (!w.isEmpty() && !articleLike.contains(w)) {
                return w;
            }
        }
        return "";
    }

    /** As the regex {@code \\s} sees white space. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static List<ActorMention> subjectsBefore(List<Slot> slots, int from, int to) {
        List<ActorMention> out = new ArrayList<>();
        for (Slot s : slots) {
            if (s.mention().start() >= from && s.mention().end() <= to && s.subject()) {
                out.add(s.mention());
            }
        }
        return out;
    }

    private static List<ActorMention> after(List<Slot> slots, int from, int to, boolean anyRole) {
        List<ActorMention> out = new ArrayList<>();
        for (Slot s : slots) {
            if (s.mention().start() >= from && s.mention().end() <= to) {
                out.add(s.mention());
            }
        }
        return out;
    }

    /** "clashes between X and Y", "fighting between X and Y". */
    private static List<ActorMention> between(String sentence, List<Slot> slots, Trigger trigger) {
        String l = sentence.toLowerCase(Locale.ROOT);
        int b = l.indexOf("between ", trigger.start());
        if (b < 0 || b - trigger.end() > 70) {
            return List.of();
        }
        List<ActorMention> out = new ArrayList<>();
        int against = l.indexOf(" against ", b);
        if (against > 0) {
            // "between X and Y against Z": X and Y are one side, Z the other
            List<ActorMention> first = new ArrayList<>();
            List<ActorMention> second = new ArrayList<>();
            for (Slot s : slots) {
                if (s.mention().start() > b && s.mention().start() < against) {
                    first.add(s.mention());
                } else if (s.mention().start() > against) {
                    second.add(s.mention());
                }
            }
            if (!first.isEmpty() && !second.isEmpty()) {
                out.add(first.get(0));
                out.addAll(second);
                return out;
            }
        }
        for (Slot s : slots) {
            if (s.mention().start() > b) {
                out.add(s.mention());
            }
        }
        return out;
    }

    /** The actor right after "by" that follows a noun of attack ("an attack by X", "a raid carried out by X"). */
    private List<ActorMention> agentRightAfter(String sentence, List<Slot> slots, int from) {
        Matcher m = agentAfterNoun.matcher(sentence.substring(from));
        if (!m.find()) {
            return List.of();
        }
        int at = from + m.end();
        for (Slot s : slots) {
            if (s.mention().start() == at) {
                return List.of(s.mention());
            }
        }
        return List.of();
    }

    /** "shelling by the Syrian army", "attacked by HTS". */
    private List<ActorMention> byAgent(String sentence, List<Slot> slots, int from) {
        String l = sentence.toLowerCase(Locale.ROOT);
        int b = l.indexOf(" by ", from);
        while (b >= 0 && holderBy(l, b)) {
            b = l.indexOf(" by ", b + 1); // "hit the town controlled by X": X holds the town, it did not hit it
        }
        if (b < 0) {
            return List.of();
        }
        for (Slot s : slots) {
            if (s.mention().start() > b && s.mention().start() - b < 12) {
                return List.of(s.mention());
            }
        }
        return List.of();
    }

    /** The word before the " by " at {@code at} says who holds a place ("controlled by", "held by"). */
    private boolean holderBy(String lower, int at) {
        int start = lower.lastIndexOf(' ', at - 1) + 1;
        return heldBy.matcher(lower).region(start, lower.length()).lookingAt();
    }


    /** Who held the place: "ISIS-held", "held by X", "from X". */
    private List<ActorMention> holders(String sentence, List<Slot> slots, List<ActorMention> actors, int from) {
        String tail = sentence.substring(from);
        Matcher h = held.matcher(tail);
        while (h.find()) {
            String prefix = h.group(1);
            List<ActorMention> found = matcher.find(prefix, Tokenizer.tokenize(prefix));
            if (!found.isEmpty()) {
                ActorMention m = found.get(found.size() - 1);
                int start = from + h.start(1);
                int end = from + h.end(1);
                // the sentence's own reading of the words, resolved in context ("rebel-held" in Syria)
                ActorMention read = actors.stream().filter(a -> a.start() < end && a.end() > start)
                        .reduce((first, second) -> second).orElse(m);
                return List.of(new ActorMention(read.entry(), start, end, m.text()));
            }
        }
        Matcher by = heldBy.matcher(tail);
        if (by.find()) {
            for (Slot s : slots) {
                if (s.mention().start() >= from + by.end() && s.mention().start() - (from + by.end()) < 6) {
                    return List.of(s.mention());
                }
            }
        }
        String l = tail.toLowerCase(Locale.ROOT);
        int f = l.indexOf(" from ");
        if (f >= 0) {
            for (Slot s : slots) {
                if (s.mention().start() >= from + f && s.mention().start() - (from + f) < 12) {
                    return List.of(s.mention());
                }
            }
        }
        return List.of();
    }
}
