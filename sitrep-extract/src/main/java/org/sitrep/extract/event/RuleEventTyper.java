package org.sitrep.extract.event;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.extract.actor.ActorDictionary;
import org.sitrep.extract.actor.ActorEntry;
import org.sitrep.extract.pipeline.SentenceAnalysis;
import org.sitrep.extract.place.CountryNames;
import org.sitrep.extract.rules.FrameFilter;
import org.sitrep.extract.rules.Labels;
import org.sitrep.extract.rules.Trigger;
import org.sitrep.extract.rules.TriggerCategory;
import org.sitrep.model.EventType;
import org.sitrep.model.Location;
import org.sitrep.model.SubEventType;

/**
 * Types events by rules: the trigger phrase's kind (triggers.tsv), corrected by what its clause
 * says around it (an attempt to take a place is a battle; warplanes make a clash an air strike; a
 * raid by a group with no aircraft is on the ground), and the territory sub-type by who takes the
 * place (the state of the place's country regains it; anyone else overtakes it; a place left without
 * a fight changes hands without violence, one left under fire is taken).
 */
public final class RuleEventTyper implements EventTyper {
    private final FrameFilter filter;
    private final ActorDictionary dictionary;
    private final Labels labels;
    private final EventWords words;

    public RuleEventTyper(FrameFilter filter, ActorDictionary dictionary, Labels labels, EventWords words) {
        this.filter = filter;
        this.dictionary = dictionary;
        this.labels = labels;
        this.words = words;
    }

    @Override
    public Optional<TriggerCategory> kind(TriggerEvidence e) {
        Trigger t = e.trigger();
        SentenceAnalysis s = e.sentence();
        String text = s.text();
        TriggerCategory category = t.category();
        if ((category == TriggerCategory.IED || category.isRemote() || category == TriggerCategory.SUICIDE)
                && words.seizedBefore.matcher(text.substring(e.clauseStart(), t.start())).find()) {
            return Optional.of(TriggerCategory.DISRUPT); // "defused two IEDs": their use disrupted, no attack
        }
        if (takesPeople(text, t, e.clauseStart())) {
            // "killing six fighters and capturing three others": prisoners of the fight told, not a place taken
            if (otherViolence(e)) {
                return Optional.empty();
            }
            category = TriggerCategory.CLASH;
        }
        if (category == TriggerCategory.CLASH && weaponAsSubject(s, t)) {
            return Optional.empty(); // "air strikes engaged a rebel unit": the strikes are the event
        }
        if (bomberKilled(s, t)) {
            return Optional.empty(); // "troops killed two suicide bombers": the killing is the event
        }
        if (category.isTerritorial() && words.seizedGoods.matcher(text.substring(t.end())).lookingAt()) {
            category = TriggerCategory.DISRUPT; // "seized an IED cache": weapons taken, not a place
        }
        if (e.verdict() == FrameFilter.Verdict.ATTEMPT && category.isTerritorial()) {
            category = TriggerCategory.CLASH;
        }
        if (category == TriggerCategory.ENTER && fightingGoesOn(e)) {
            category = TriggerCategory.CLASH;
        }
        if ((category == TriggerCategory.SHELL || category == TriggerCategory.AIR)
                && named(s.triggers, TriggerCategory.CHEMICAL)) {
            return Optional.empty(); // "rockets filled with sarin": the chemical attack is the event
        }
        if (category == TriggerCategory.AIR && arrestRaid(s, t)) {
            return Optional.empty(); // "arrested 12 men in a raid on the town": the arrests are the event
        }
        if (category == TriggerCategory.CLASH && t.category() == TriggerCategory.CLASH) {
            Matcher attack = words.attackNoun.matcher(text.substring(0, t.end()));
            if (attack.find() && (named(s.triggers, TriggerCategory.IED) || named(s.triggers, TriggerCategory.SUICIDE)
                    || DEFINITE.matcher(attack.group()).lookingAt() && (named(s.triggers, TriggerCategory.AIR)
                    || named(s.triggers, TriggerCategory.SHELL) || named(s.triggers, TriggerCategory.CHEMICAL)))) {
                // "a suicide bomber killed 25 in an attack on a wedding": the bombing is the attack; so are
                // air strikes and shelling named with "the attack" ("raids killed 15 ... called the attack a crime")
                return Optional.empty();
            }
        }
        if (category.isKilling()) {
            if (killingsYield(s, t, protesters(e.roles().actor2()))) {
                return Optional.empty(); // "killed by the shelling": the shelling is the event, the deaths its losses
            }
            // a killing of civilians is an attack on them; of armed men ("killed three pro-Hadi fighters"), a battle
            boolean armedVictims = e.roles().actor2() != null && !unarmed(e.roles().actor2());
            category = (s.casualties.civilianVictims() || civiliansNamedAsTarget(e)) && !armedVictims
                    ? TriggerCategory.ATTACK_CIVILIANS
                    : TriggerCategory.CLASH;
            if (protesters(e.roles().actor2()) && !crowd(e.roles().actor1())) {
                // "security forces shot dead four protesters": force on a crowd by the state that polices it,
                // a killing of people who demonstrate by anyone else
                category = e.roles().actor1() == null || stateForces(e.roles().actor1())
                        ? TriggerCategory.EXCESSIVE : TriggerCategory.ATTACK_CIVILIANS;
            }
        }
        if (category == TriggerCategory.CLASH && s.casualties.civilianVictims()
                && words.sniper.matcher(text.substring(t.start(), t.end())).find()) {
            category = TriggerCategory.ATTACK_CIVILIANS; // "a woman was killed by sniper fire": no fight, a killing
        }
        boolean oneSided = words.oneSidedAttack.matcher(text.substring(t.start(), t.end())).find();
        if (category == TriggerCategory.CLASH && civiliansAloneAttacked(e) && oneSided) {
            // "gunmen opened fire on a cafe, killing 7 civilians", "gunmen attacked villagers, killing seven"
            category = TriggerCategory.ATTACK_CIVILIANS;
        }
        if (category == TriggerCategory.SHELL && GUNFIRE.matcher(t.text()).matches()
                && s.triggers.stream().noneMatch(o -> o != t && o.category() == TriggerCategory.SHELL)
                && (s.casualties.civilianVictims() || civiliansNamedAsTarget(e)) && noArmedTarget(e)) {
            // "police fired on a car, killing a civilian", "fired at a group of people": no shell named
            category = TriggerCategory.ATTACK_CIVILIANS;
        }
        if ((category == TriggerCategory.SHELL || category == TriggerCategory.AIR || category == TriggerCategory.GRENADE)
                && stateForces(e.roles().actor1()) && words.crowdControl.matcher(clause(e, text)).find()) {
            // "soldiers fired tear gas at them", "police fired stun grenades": a crowd policed (gunmen's
            // stun grenades thrown at a house stay an attack)
            category = TriggerCategory.INTERVENTION;
        }
        if (category == TriggerCategory.ATTACK_CIVILIANS && (e.roles().actor1() == null
                || stateForces(e.roles().actor1())) && crowdPoliced(e)) {
            // "three were hurt by the soldiers' rubber bullets": force used on a crowd, not an attack on civilians
            category = s.casualties.tellsDeaths() ? TriggerCategory.EXCESSIVE : TriggerCategory.INTERVENTION;
        }
        if (category == TriggerCategory.CLASH && !oneSided
                && (t.category() == TriggerCategory.CLASH // a fight told, not a killing
                        && (crowdAmongParties(e) || crowdNamedAsParty(e, text))
                        || crowdPoliced(e))) { // there a killing too is the riot's loss
            category = TriggerCategory.RIOT; // "clashes between soldiers and stone-throwing protesters": no battle
        }
        if (category == TriggerCategory.RIOT && organisedArmed(e.roles().actor1())
                && words.destruction.matcher(t.text()).matches()) {
            category = TriggerCategory.LOOT; // "gunmen torched five houses": armed men destroying property, no riot
        }
        if ((category == TriggerCategory.CLASH || category == TriggerCategory.ATTACK_CIVILIANS) && oneSided
                && t.category() == TriggerCategory.CLASH && crowdAttacks(e, text)) {
            category = TriggerCategory.RIOT; // "angry residents attacked a police station": a mob, not an armed group
        }
        String before = text.substring(e.clauseStart(), t.start());
        if ((category == TriggerCategory.CLASH || category == TriggerCategory.SIEGE || category == TriggerCategory.SHELL
                || (category == TriggerCategory.ATTACK_CIVILIANS && t.category() == TriggerCategory.KILL))
                && words.airWords.matcher(before).find()
                && !(category == TriggerCategory.CLASH && words.airSupport.matcher(before).find())) {
            category = TriggerCategory.AIR; // "warplanes raided X", "Russian jets targeted X"
        }
        if (category == TriggerCategory.AIR && bombPlaced(text, t, e.roles().actor1())) {
            category = TriggerCategory.IED; // "the bombing at a market in Kabul": a bomb planted there
        }
        if (category == TriggerCategory.AIR && groundRaid(text, t, e.clauseStart(), e.roles().actor1())) {
            // a raid is one side's act: "gunmen killed 12 villagers in a raid on a farming community"
            category = civiliansAloneAttacked(e) ? TriggerCategory.ATTACK_CIVILIANS : TriggerCategory.CLASH;
        }
        return Optional.of(category);
    }

    @Override
    public boolean namesMunition(String triggerText) {
        return words.munition.matcher(triggerText).find();
    }

    /** "fired on", "fired at" with no shell, rocket or missile named: gunfire. */
    private static final Pattern GUNFIRE = Pattern.compile("(?i)fired (?:on|at)");

    /** "the attack", "this attack": one told already ("that attack" may be "rebels that attack"). */
    private static final Pattern DEFINITE = Pattern.compile("(?i)(?:the|this|these)\\b");

    @Override
    public SubEventType subType(TriggerCategory category, ActorEntry taker, Location where, String country,
                                String sentence) {
        if (category == TriggerCategory.WITHDRAW && !filter.saysFought(sentence)) {
            return SubEventType.NON_VIOLENT_TRANSFER;
        }
        if (category == TriggerCategory.RIOT && words.mobAct.matcher(sentence).find()
                && !words.demonstration.matcher(sentence).find()) {
            return SubEventType.MOB_VIOLENCE; // "a mob lynched a man": a crowd's attack that demonstrates nothing
        }
        if (!category.isTerritorial() && category != TriggerCategory.WITHDRAW) {
            return category.defaultType();
        }
        if (filter.saysNoFight(sentence) || (taker != null && (taker.side().equals("civilians")
                || taker.side().equals("protesters")))) {
            return SubEventType.NON_VIOLENT_TRANSFER; // handed over, or taken by people who do not fight
        }
        String placeCountry = where != null && where.country() != null ? CountryNames.code(where.country()) : country;
        return isGovernmentOf(taker, placeCountry) ? SubEventType.GOVERNMENT_REGAINS_TERRITORY
                : SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY;
    }

    @Override
    public SubEventType labelled(String sentence) {
        return labels.labelOf(sentence);
    }

    @Override
    public int precedence(SubEventType t) {
        if (t.isTerritorial()) {
            return 0;
        }
        if (t.type() == EventType.BATTLES) {
            return 1;
        }
        // a protest the police broke up is that protest ("fired tear gas at a rally"), not two events
        return t == SubEventType.PEACEFUL_PROTEST ? 3 : 2;
    }

    /**
     * A killing is no event of its own beside another kind of act in the sentence ("killed by the
     * shelling"); among killings alone ("killed three militants, two fighters were also killed"),
     * the first is the event and the others' deaths are its losses. A protest is no such act when
     * its protesters are the ones killed ("police killed three demonstrators during a march").
     */
    private boolean killingsYield(SentenceAnalysis s, Trigger t, boolean victimsProtest) {
        for (Trigger o : s.triggers) {
            boolean killing = o.category().isKilling();
            if (o != t && (!killing || o.start() < t.start()) && !filter.fledFrom(s.tokens, o) && !arrest(o)
                    && !(victimsProtest && o.category() == TriggerCategory.PROTEST) // the victims' own act
                    && !bomberKilled(s, o) && !takesPeople(s.text(), o, 0)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A suicide trigger naming the bomber, right after a killing in its sentence ("killed two IS
     * suicide bombers", "shot dead a presumed suicide attacker"): the bomber died, no bomb went off.
     */
    private boolean bomberKilled(SentenceAnalysis s, Trigger suicide) {
        if (suicide.category() != TriggerCategory.SUICIDE || !words.bomber.matcher(suicide.text()).matches()) {
            return false;
        }
        for (Trigger o : s.triggers) {
            boolean killing = o.category().isKilling();
            if (killing && o.end() <= suicide.start()
                    && KILLED_ONE.matcher(s.text().substring(o.end(), suicide.start())).matches()
                    || o.category() == TriggerCategory.KILLED_BY && o.start() >= suicide.end() // "were shot dead by"
                    && KILLED_PASSIVE.matcher(s.text().substring(suicide.end(), o.start())).matches()) {
                return true;
            }
        }
        return false;
    }

    /** A taking of people, not of a place: "capturing three others", "three others were captured". */
    private boolean takesPeople(String text, Trigger t, int clauseStart) {
        return t.category() == TriggerCategory.TAKE && (words.captiveAfter.matcher(text.substring(t.end())).find()
                || words.captiveBefore.matcher(text.substring(clauseStart, t.start())).find());
    }

    /** Another trigger of the report tells political violence (its prisoners are that act's). */
    private static boolean otherViolence(TriggerEvidence e) {
        return e.reportTells(o -> o != e.trigger() && o.category().defaultType() != null
                && o.category().defaultType().type().isPoliticalViolence());
    }

    /**
     * A fight verb whose subject is a strike or a shelling told just before it ("air strikes engaged
     * a rebel unit", "two strikes by the Saudi-led coalition engaged", "the shelling targeted").
     */
    private static boolean weaponAsSubject(SentenceAnalysis s, Trigger fight) {
        for (Trigger o : s.triggers) {
            if ((o.category() == TriggerCategory.AIR || o.category() == TriggerCategory.SHELL) && o.end() <= fight.start()
                    && WEAPON_SUBJECT.matcher(s.text().substring(o.end(), fight.start())).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Between a strike and its verb: "by" and whose it was, or nothing but an adverb. */
    private static final Pattern WEAPON_SUBJECT = Pattern.compile(
            "(?i)\\s+(?:by\\s+(?:[\\w.'’-]+\\s+){1,5})?(?:(?:also|then|reportedly|later)\\s+)?");

    /** Up to five words between a killing and whom it killed, no clause break among them. */
    private static final Pattern KILLED_ONE = Pattern.compile("\\s+(?:[\\w()'’-]+\\s+){0,5}");
    /** Between the bomber and "killed by": nothing but an auxiliary. */
    private static final Pattern KILLED_PASSIVE = Pattern.compile("(?i)\\s+(?:(?:was|were|had been|have been)\\s+)?");

    /** "killed ten fighters and arrested twelve": a killing does not yield to the arrests made with it. */
    private static boolean arrest(Trigger o) {
        return o.category().defaultType() == SubEventType.ARRESTS;
    }

    /** The sentence names an act of that kind (a bomb, a chemical). */
    private static boolean named(List<Trigger> triggers, TriggerCategory category) {
        return triggers.stream().anyMatch(o -> o.category() == category);
    }

    /**
     * A named armed attacker and no armed party attacked: none named, or civilians. With no attacker
     * named, "the attack killed 11 civilians" mostly retells a strike told before.
     */
    private static boolean onlyCiviliansAttacked(TriggerEvidence e) {
        return e.roles().actor1() != null && noArmedTarget(e);
    }

    /** The attacked are named, and are civilians ("attacked villagers"): whoever died, the attack was on them. */
    private static boolean civiliansNamedAsTarget(TriggerEvidence e) {
        return e.roles().actor2() != null && e.roles().actor2().side().equals("civilians");
    }

    /** Whoever shot (perhaps nobody named), nobody armed was shot at. */
    private static boolean noArmedTarget(TriggerEvidence e) {
        ActorEntry attacker = e.roles().actor1();
        ActorEntry attacked = e.roles().actor2();
        return (attacker == null || !unarmed(attacker)) && (attacked == null || unarmed(attacked));
    }

    /** Civilians are the act's victims or target, and no armed man was attacked. */
    private static boolean civiliansAloneAttacked(TriggerEvidence e) {
        SentenceAnalysis s = e.sentence();
        return (s.casualties.civilianVictims() || civiliansNamedAsTarget(e)) && onlyCiviliansAttacked(e);
    }

    /** Protesters or rioters are a party to the fight: a crowd, not an armed group. */
    private static boolean crowdAmongParties(TriggerEvidence e) {
        return crowd(e.roles().actor1()) || crowd(e.roles().actor2());
    }

    /**
     * "clashes with residents", "clashes between Palestinians and the army", "youths clashed with":
     * a crowd is a party of the fight (not its victims: "killing two residents").
     */
    private boolean crowdNamedAsParty(TriggerEvidence e, String text) {
        int end = Math.min(text.length(), Math.max(e.clauseEnd(), e.trigger().end()));
        String after = text.substring(e.trigger().end(), end);
        return words.crowdParty.matcher(after).find()
                // anchored right before the trigger, across "during" (a clause break elsewhere), unless
                // the fight's parties are named after it ("residents were killed in clashes between A and B")
                || !PARTIES_NAMED.matcher(after).find()
                        && words.crowdSubject.matcher(text.substring(0, e.trigger().start())).find();
    }

    /**
     * A crowd is the one who attacks: with no armed attacker named, people of a crowd are the active
     * subject right before the attack ("villagers attacked", "protesters stormed").
     */
    private boolean crowdAttacks(TriggerEvidence e, String text) {
        ActorEntry attacker = e.roles().actor1();
        return (attacker == null || unarmed(attacker))
                && words.crowdAgent.matcher(text.substring(0, e.trigger().start())).find();
    }

    /** The text of the trigger's clause. */
    private static String clause(TriggerEvidence e, String text) {
        return text.substring(Math.min(e.clauseStart(), e.trigger().start()),
                Math.min(text.length(), Math.max(e.clauseEnd(), e.trigger().end())));
    }

    /**
     * "clashes erupted in the camp; soldiers fired tear gas and rubber bullets": the fight's paragraph
     * tells the means of policing a crowd, so one side of it is a crowd.
     */
    private boolean crowdPoliced(TriggerEvidence e) {
        var sentences = e.doc().sentences;
        int paragraph = sentences.get(e.sentenceIndex()).sentence.paragraph();
        return sentences.stream().filter(s -> s.sentence.paragraph() == paragraph)
                .anyMatch(s -> words.crowdControl.matcher(s.text()).find());
    }

    /** "(clashes) that broke out between A and B": the fight's parties, named after it. */
    private static final Pattern PARTIES_NAMED = Pattern.compile(
            "^\\s*(?:that\\s+)?(?:(?:broke\\s+out|erupted|raged)\\s+)?between\\b", Pattern.CASE_INSENSITIVE);

    /** A state's forces, at home or abroad (ACLED inter 1 and 8): the ones that police crowds. */
    private static boolean stateForces(ActorEntry a) {
        return a != null && a.inter() != null && (a.inter() == 1 || a.inter() == 8);
    }

    /**
     * A state's forces, a rebel group or armed men (ACLED inter 1, 2, 3, 8); not an identity militia
     * (4: settlers, clans), whose destruction of property is a crowd's.
     */
    private static boolean organisedArmed(ActorEntry a) {
        return a != null && a.inter() != null && (a.inter() <= 3 || a.inter() == 8);
    }

    private static boolean protesters(ActorEntry a) {
        return a != null && a.inter() != null && a.inter() == 6;
    }

    private static boolean crowd(ActorEntry a) {
        return a != null && a.inter() != null && (a.inter() == 5 || a.inter() == 6);
    }

    private static boolean unarmed(ActorEntry a) {
        return a.side().equals("civilians") || a.side().equals("protesters") || a.inter() != null && a.inter() >= 5
                && a.inter() <= 7;
    }

    /** "entered X" is a change of control unless the paragraph says fighting there goes on. */
    private boolean fightingGoesOn(TriggerEvidence e) {
        var sentences = e.doc().sentences;
        int paragraph = sentences.get(e.sentenceIndex()).sentence.paragraph();
        for (int j = e.sentenceIndex(); j < sentences.size() && j <= e.sentenceIndex() + 2; j++) {
            SentenceAnalysis s = sentences.get(j);
            if (s.sentence.paragraph() != paragraph) {
                break;
            }
            if (filter.saysOngoing(s.text())) {
                return true;
            }
        }
        return false;
    }

    /** A bombing at a site, told with no aircraft and by no state's forces: a planted bomb. */
    private boolean bombPlaced(String text, Trigger t, ActorEntry attacker) {
        return !stateForces(attacker) && words.bombingAt.matcher(text).region(t.start(), text.length()).lookingAt()
                && !words.airWords.matcher(text).find();
    }

    /** A raid told with arrests in its sentence, and no aircraft: a raid to arrest, on the ground. */
    private boolean arrestRaid(SentenceAnalysis s, Trigger t) {
        return words.raid.matcher(t.text()).find() && named(s.triggers, TriggerCategory.ARREST)
                && !words.airWords.matcher(s.text()).find();
    }

    /**
     * "Jaysh al-Islam carried out a raid on regime positions": a raid by rebels or militias (ACLED
     * inter codes 2 to 4, who have no aircraft) is a ground attack, unless the clause names aircraft.
     */
    private boolean groundRaid(String text, Trigger t, int clauseStart, ActorEntry attacker) {
        return attacker != null && attacker.inter() != null && attacker.inter() >= 2 && attacker.inter() <= 4
                && words.raid.matcher(text.substring(t.start(), t.end())).find()
                && !words.airWords.matcher(text.substring(clauseStart, t.end())).find();
    }

    /** The taker is the state of the country the place is in, or on that state's side. */
    private boolean isGovernmentOf(ActorEntry taker, String country) {
        if (taker == null) {
            return false;
        }
        if (Integer.valueOf(1).equals(taker.inter()) && (taker.country() == null || taker.country().equalsIgnoreCase(country))) {
            return true; // ACLED's state forces (inter 1) of the place's country, whichever side holds the capital
        }
        return dictionary.stateForces(country)
                .map(state -> state.side().equals(taker.side()) && (taker.country() == null
                        || taker.country().equalsIgnoreCase(country) || taker.inter() == null || taker.inter() != 8))
                .orElse("government".equals(taker.side()));
    }
}
