package org.sitrep.extract.stages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.sitrep.extract.actor.ActorEntry;
import org.sitrep.extract.event.CitedAccounts;
import org.sitrep.extract.event.EventTyper;
import org.sitrep.extract.event.Retellings;
import org.sitrep.extract.event.UndatedHeadlines;
import org.sitrep.extract.lang.LanguageFile;
import org.sitrep.extract.pipeline.Annotation;
import org.sitrep.extract.pipeline.Document;
import org.sitrep.extract.pipeline.Stage;
import org.sitrep.extract.rules.Draft;
import org.sitrep.model.Actor;
import org.sitrep.model.Attribution;
import org.sitrep.model.EventType;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Report;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;

/**
 * One event per place per day per source, as ACLED codes: the fight for a place that changed
 * hands is the change of control; shelling during a battle is part of the battle. Claims of
 * different sources are never merged.
 */
public final class MergeStage implements Stage {
    private final EventTyper typer;
    private final Retellings retellings;

    public MergeStage(EventTyper typer, Retellings retellings) {
        this.typer = typer;
        this.retellings = retellings;
    }

    @Override
    public String name() {
        return "merge";
    }

    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.EVENTS, Annotation.ALLOCATED); // merged after the coder's split of the deaths
    }

    @Override
    public Set<Annotation> provides() {
        return Set.of(Annotation.MERGED);
    }

    @Override
    public Set<LanguageFile> reads() {
        return Set.of(LanguageFile.CASUALTIES); // the words that put a figure on top of one told before
    }

    @Override
    public void apply(Document doc) {
        // a headline's incident happened on the day its body says
        UndatedHeadlines.date(doc.drafts, !doc.shortAsANote()); // a note has no headline
        CitedAccounts.relay(doc.drafts); // the outlet's headline and lead retell the account its body cites
        Map<String, Draft> kept = new LinkedHashMap<>();
        for (Draft d : doc.drafts) {
            String key = key(d);
            Draft other = kept.get(key);
            if (other == null) {
                kept.put(key, d);
            } else {
                kept.put(key, merge(other, d, doc));
            }
        }
        List<Draft> drafts = retellings.fold(foldArrests(foldIntoRiots(foldIntoBattles(
                foldRegionLevel(new ArrayList<>(kept.values()), doc), doc))));
        List<Event> events = new ArrayList<>();
        for (Draft d : drafts) {
            events.add(toEvent(doc.report, d));
        }
        doc.events = events;
    }

    /**
     * Violent events at one place and day share a key, as do protests (peaceful or broken up); other
     * kinds merge only with their own kind.
     */
    private static String key(Draft d) {
        String group = violent(d.type) || d.type.isTerritorial() ? "violent"
                : d.type.type() == EventType.PROTESTS ? "protest" : d.type.name();
        return group + "|" + d.placeKey() + "|" + d.dayKey() + "|" + Objects.toString(d.source, "") + "|" + d.modality
                + (d.location == null ? "|" + d.sentence : "");
    }

    /**
     * A battle told at region level ("in the Eastern Ghouta") and the same battle told at a place
     * in that region in the same or the next paragraph, same day and source, are one event.
     */
    private List<Draft> foldRegionLevel(List<Draft> drafts, Document doc) {
        List<Draft> out = new ArrayList<>(drafts);
        for (Draft coarse : drafts) {
            if (!violent(coarse.type) || coarse.location == null || coarse.location.geoPrecision() == null
                    || coarse.location.geoPrecision() < 3 || coarse.location.admin1() == null) {
                continue;
            }
            for (Draft fine : out) {
                if (fine != coarse && violent(fine.type) && fine.location != null && fine.location.geoPrecision() != null
                        && fine.location.geoPrecision() < 3 && coarse.location.admin1().equals(fine.location.admin1())
                        && Math.abs(fine.paragraph - coarse.paragraph) <= 1 && fine.dayKey().equals(coarse.dayKey())
                        && Objects.equals(fine.source, coarse.source) && sidesMeet(coarse, fine)) {
                    int i = out.indexOf(fine);
                    Draft merged = merge(fine, coarse, doc);
                    merged.location = fine.location;
                    out.set(i, merged);
                    out.remove(coarse);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Folds each draft that {@code isPart} into the first other draft that {@code hosts} it (in the
     * list as folded so far), which {@code absorb} then updates: the part is no event of its own.
     */
    private static List<Draft> foldParts(List<Draft> drafts, Predicate<Draft> isPart, BiPredicate<Draft, Draft> hosts,
            BiConsumer<Draft, Draft> absorb) {
        List<Draft> out = new ArrayList<>(drafts);
        for (Draft part : drafts) {
            if (!isPart.test(part)) {
                continue;
            }
            for (Draft host : out) {
                if (host != part && hosts.test(host, part)) {
                    absorb.accept(host, part);
                    out.remove(part);
                    break;
                }
            }
        }
        return out;
    }

    /** Same day, same source. */
    private static boolean sameTelling(Draft a, Draft b) {
        return a.dayKey().equals(b.dayKey()) && Objects.equals(a.source, b.source);
    }

    /**
     * Shelling or air strikes told in the same sentence as a battle, or in its paragraph by one of
     * its sides, on the same day by the same source, are part of that battle ("clashes ... amid
     * Turkish shelling"), as ACLED codes them.
     */
    private List<Draft> foldIntoBattles(List<Draft> drafts, Document doc) {
        return foldParts(drafts, shell -> shell.type.type() == EventType.EXPLOSIONS,
                (battle, shell) -> battle.type.type() == EventType.BATTLES && sameTelling(battle, shell)
                        && (battle.sentence == shell.sentence || battle.paragraph == shell.paragraph
                                && sidesMeet(battle, shell) && samePlace(shell, battle)),
                (battle, shell) -> {
                    Draft earlier = battle.sentence <= shell.sentence ? battle : shell;
                    Draft later = earlier == battle ? shell : battle;
                    retellings.mergeFatalities(battle, earlier, later, sentence(doc, later));
                });
    }

    /**
     * A demonstration told as peaceful in the same sentence as a violent demonstration at its place,
     * on the same day by the same source, is that demonstration, which turned violent, as ACLED codes
     * it ("marched through the city and clashed with police"): one event, the violent one.
     */
    private static List<Draft> foldIntoRiots(List<Draft> drafts) {
        return foldParts(drafts, protest -> protest.type == SubEventType.PEACEFUL_PROTEST,
                (riot, protest) -> riot.type == SubEventType.VIOLENT_DEMONSTRATION && riot.sentence == protest.sentence
                        && riot.placeKey().equals(protest.placeKey()) && sameTelling(riot, protest)
                        && Objects.equals(riot.modality, protest.modality),
                (riot, protest) -> { });
    }

    /**
     * Arrests told in the same sentence as a battle or a protest, or in its paragraph at its place,
     * on the same day by the same source, are part of it, as ACLED codes them ("killed ten fighters
     * and arrested twelve", "police detained three youths as they broke up a protest"): the battle's
     * prisoners, the protest's intervention.
     */
    private static List<Draft> foldArrests(List<Draft> drafts) {
        return foldParts(drafts, arrest -> arrest.type == SubEventType.ARRESTS,
                (host, arrest) -> (host.type.type() == EventType.BATTLES || host.type.type() == EventType.PROTESTS)
                        && (host.sentence == arrest.sentence
                                || host.paragraph == arrest.paragraph && host.placeKey().equals(arrest.placeKey()))
                        && sameTelling(host, arrest) && Objects.equals(host.modality, arrest.modality),
                (host, arrest) -> {
                    if (host.type == SubEventType.PEACEFUL_PROTEST) {
                        host.type = SubEventType.PROTEST_WITH_INTERVENTION;
                    }
                    if (arrest.prisoners != null) {
                        host.prisoners = host.prisoners == null ? arrest.prisoners : host.prisoners + arrest.prisoners;
                    }
                });
    }

    /** The shelling is at the battle's place, or at none more precise than a district. */
    private static boolean samePlace(Draft shell, Draft battle) {
        return shell.location == null || shell.location.geoPrecision() == null || shell.location.geoPrecision() >= 3
                || shell.placeKey().equals(battle.placeKey());
    }

    private static boolean sidesMeet(Draft a, Draft b) {
        java.util.Set<String> sa = new java.util.HashSet<>();
        for (ActorEntry e : java.util.Arrays.asList(a.actor1, a.actor2)) {
            if (e != null) {
                sa.add(e.side());
            }
        }
        for (ActorEntry e : java.util.Arrays.asList(b.actor1, b.actor2)) {
            if (e != null && sa.contains(e.side())) {
                return true;
            }
        }
        return false;
    }

    private static boolean violent(SubEventType t) {
        return t.type() == EventType.BATTLES || t.type() == EventType.EXPLOSIONS;
    }

    private Draft merge(Draft a, Draft b, Document doc) {
        Draft main = vagueFight(a, b) ? b : vagueFight(b, a) ? a
                : typer.precedence(b.type) < typer.precedence(a.type) ? b : a;
        Draft other = main == a ? b : a;
        Draft m = main.copy();
        if (m.actor1 == null || m.actor1.namesNobody() && other.actor1 != null && !other.actor1.namesNobody()
                && (m.actor2 == null || !other.actor1.side().equals(m.actor2.side()))) {
            m.actor1 = other.actor1; // one telling says who, the other does not
        }
        if (m.actor2 == null && other.actor2 != null && (m.actor1 == null || !other.actor2.side().equals(m.actor1.side()))) {
            m.actor2 = other.actor2;
        }
        if (m.actor2 == null && m.type.type() == EventType.BATTLES && m.actor1 != null && other.actor1 != null
                && opposed(m.actor1, other.actor1)) {
            m.actor2 = other.actor1; // "militants attacked a post ... the army repelled the attack": a fight's other side
        }
        Draft earlier = a.sentence <= b.sentence ? a : b;
        Draft later = earlier == a ? b : a;
        retellings.mergeFatalities(m, earlier, later, sentence(doc, later));
        if (m.prisoners == null) {
            m.prisoners = other.prisoners;
        }
        m.materiel.addAll(other.materiel);
        m.confidence = Math.max(a.confidence, b.confidence);
        return m;
    }

    /**
     * A fight told vaguely in another sentence (one side at most, no dead) beside a strike or shelling that killed: the
     * strike is the event ("fighting raged in the city ... air strikes killed 12 there"), not a part
     * of a battle nobody described.
     */
    private static boolean vagueFight(Draft fight, Draft strike) {
        return fight.sentence != strike.sentence // "ambushed them, killing 10": one sentence tells one act
                && fight.type.type() == EventType.BATTLES && !fight.type.isTerritorial() && fight.actor2 == null
                && (fight.fatalities == null || fight.fatalities == 0)
                && strike.type.type() == EventType.EXPLOSIONS && strike.fatalities != null && strike.fatalities > 0
                && !(fight.actor1 != null && strike.actor1 != null && opposed(fight.actor1, strike.actor1)); // the other side's fire
    }

    /** Two named actors of different sides, neither of them a description of nobody in particular. */
    private static boolean opposed(ActorEntry a, ActorEntry b) {
        return !a.side().equals(b.side()) && !a.isUnidentified() && !b.isUnidentified()
                && !"civilians".equals(b.side());
    }

    private static String sentence(Document doc, Draft d) {
        return doc.sentences.get(d.sentence).text();
    }

    static Event toEvent(Report report, Draft d) {
        Span src = report.sourceMap().toSource(d.evidenceStart, d.evidenceEnd);
        String evidence = report.body().substring(d.evidenceStart, d.evidenceEnd);
        String source = d.source != null ? d.source : report.narrator();
        String country = d.location != null ? d.location.country() : null;
        return new Event(report.id(), d.date == null ? null : d.date.date(),
                d.date == null ? null : d.date.precision().label(), d.date == null ? null : d.date.monthDayLabel(),
                d.type.type().label(), d.type.label(), actor(d.actor1), actor(d.actor2), actors(d.assoc1),
                actors(d.assoc2), d.location, country, d.fatalities == null ? 0 : d.fatalities, d.prisoners,
                d.materiel, new Attribution(source, d.modality), d.confidence,
                new Evidence(evidence, src.start(), src.end()));
    }

    private static Actor actor(ActorEntry e) {
        return e == null ? null : e.toActor();
    }

    private static List<Actor> actors(List<ActorEntry> es) {
        return es.stream().map(ActorEntry::toActor).toList();
    }
}
