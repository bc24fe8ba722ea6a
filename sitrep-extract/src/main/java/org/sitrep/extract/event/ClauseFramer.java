package org.sitrep.extract.event;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.extract.actor.ActorMention;
import org.sitrep.extract.actor.ActorResolver;
import org.sitrep.extract.pipeline.Document;
import org.sitrep.extract.pipeline.SentenceAnalysis;
import org.sitrep.extract.place.PlaceMention;
import org.sitrep.extract.rules.Clauses;
import org.sitrep.extract.rules.Draft;
import org.sitrep.extract.rules.FrameFilter;
import org.sitrep.extract.rules.RoleFinder;
import org.sitrep.extract.rules.Roles;
import org.sitrep.extract.rules.Trigger;
import org.sitrep.extract.rules.TriggerCategory;
import org.sitrep.model.Location;

/**
 * Turns one trigger into events, one per place it names: the filter's veto first (denied,
 * intended, habitual, long past), then the typer's decision, the actors by role and convention, the places,
 * the date and the claim.
 */
public final class ClauseFramer {
    private final FrameFilter filter;
    private final RoleFinder roleFinder;
    private final EventTyper typer;
    private final RoleConventions conventions;
    private final PlaceChooser placeChooser;
    private final EventWords words;

    public ClauseFramer(FrameFilter filter, RoleFinder roleFinder, EventTyper typer, RoleConventions conventions,
                        EventWords words) {
        this.words = words;
        this.placeChooser = new PlaceChooser(words);
        this.filter = filter;
        this.roleFinder = roleFinder;
        this.typer = typer;
        this.conventions = conventions;
    }

    /** Adds to {@code made} the events trigger {@code t} of sentence {@code index} tells. */
    public void frame(Document doc, int index, Trigger t, List<ActorMention> actors, Clauses clauses,
                      Map<PlaceMention, Location> located, ParagraphContext ctx, ActorResolver resolver,
                      List<Draft> made) {
        SentenceAnalysis s = doc.sentences.get(index);
        String text = s.text();
        int cs = clauses.startOf(t.start());
        int ce = clauses.endOf(t.end(), text.length());
        FrameFilter.Verdict verdict = filter.judge(text, s.tokens, t, cs, ce);
        if (verdict == FrameFilter.Verdict.NONE || filter.protestedAgainst(s.tokens, t, s.triggers)) {
            return;
        }
        if ((t.category().isBattle() || t.category().isRemote()) && (ctx.toldEvents || !made.isEmpty())
                && words.anaphoric.matcher(text.substring(0, t.start())).find()) {
            Draft told = ctx.lastDraft();
            claimResponsibility(s, actors, told);
            if (made.isEmpty() && told != null && (told.category.isRemote() ? t.category().isRemote()
                    : told.category == t.category())) {
                refinePlace(told, placeChooser.choose(s, t, t.category(), cs, ce, located, ctx, false));
            }
            return; // "died in the strikes": its losses go to the act told before, if one was
        }
        Roles roles = victimsOfTheActBefore(index, text, t, roleFinder.find(text, actors, s.triggers, t, cs, ce, clauses),
                made);
        Optional<TriggerCategory> kind = typer.kind(new TriggerEvidence(doc, index, t, cs, ce, verdict, roles));
        if (kind.isEmpty()) {
            return;
        }
        TriggerCategory category = kind.get();
        boolean ownActors = roles.actor1() != null || roles.actor2() != null;
        PlaceChooser.Placement placement = placeChooser.choose(s, t, category, cs, ce, located, ctx, ownActors);
        List<Location> where = placement.where();
        if (!ownActors && !placement.ownPlace()) {
            return; // "An intense fighting is ongoing": context for other events, not an event of its own
        }
        if (tollOfTheActBefore(s, t, roles, placement, ctx, made)) {
            return; // "At least 15 people were killed.": the losses go to the act told before
        }
        if (where.isEmpty() && (category.isTerritorial() || category == TriggerCategory.WITHDRAW)) {
            return; // a change of control needs a place
        }
        Parties parties = conventions.apply(category, roles, s.casualties, made, ctx, resolver);
        if (parties == null || ClauseDate.tellsHistory(s, cs, ce)) {
            return; // history still names the actors later sentences refer to ("the coalition's strikes")
        }
        ClauseDate when = ClauseDate.of(s, cs, ce, doc.referenceDate(), words.sameTime);
        for (Location loc : where.isEmpty() ? Collections.<Location>singletonList(null) : where) {
            Draft d = new Draft(index, s.sentence.paragraph());
            d.category = category;
            d.actor1 = parties.actor1();
            d.assoc1 = parties.assoc1();
            d.actor2 = parties.actor2();
            d.assoc2 = parties.assoc2();
            d.location = loc;
            d.date = when.date();
            d.dateStated = when.stated();
            d.source = s.claim.source();
            d.modality = s.claim.modality();
            d.type = typer.subType(category, parties.actor1(), loc, ctx.countryCode, text);
            d.confidence = EventConfidence.of(d, placement.ownPlace());
            d.evidenceStart = s.sentence.start();
            d.evidenceEnd = s.sentence.end();
            made.add(d);
        }
    }

    /**
     * "Gunmen attacked villagers, killing seven", "militants ambushed a convoy, killing four": a
     * killing joined by a comma to the act before it in the sentence, naming no one killed, kills
     * the people that act was done to.
     */
    private static Roles victimsOfTheActBefore(int index, String text, Trigger t, Roles roles, List<Draft> made) {
        if (roles.actor2() != null || t.category() != TriggerCategory.KILL || made.isEmpty()
                || !text.substring(0, t.start()).stripTrailing().endsWith(",")) {
            return roles;
        }
        Draft before = made.get(made.size() - 1);
        if (before.sentence != index || before.actor2 == null) {
            return roles;
        }
        return new Roles(roles.actor1(), roles.assoc1(), before.actor2, List.copyOf(before.assoc2));
    }

    /**
     * A death or wound told in the passive with no one doing it and nowhere of its own, counted or not
     * ("At least 15 people were killed.", "Three soldiers were wounded.", "A number of fighters were
     * killed.") right after the paragraph told a violent
     * act: that act's toll, as a coder counts it, not an attack by an unknown group. Said with an
     * author ("were killed by a sniper") or a place ("were killed in Douma"), it is an act of its own;
     * with a source of its own ("..., the monitor said"), a claim apart.
     */
    private static boolean tollOfTheActBefore(SentenceAnalysis s, Trigger t, Roles roles,
                                              PlaceChooser.Placement placement, ParagraphContext ctx, List<Draft> made) {
        Draft told = ctx.lastDraft();
        return t.category() == TriggerCategory.KILLED_BY && made.isEmpty() && told != null && roles.actor1() == null
                && s.claim.source() == null // another's figures stay a claim apart (OrphanSentences)
                && !placement.ownPlace()
                && told.type != null && told.type.type().isPoliticalViolence();
    }

    /**
     * "Jets bombed IS in Syria. The raids struck a village in Aleppo province": the retelling of the
     * same kind of act says where the act told before, placed nowhere or at the country alone, happened.
     */
    private static void refinePlace(Draft told, PlaceChooser.Placement here) {
        if (told == null || !here.ownPlace() || here.where().size() != 1) {
            return;
        }
        Location place = here.where().get(0);
        Location before = told.location;
        if (before == null
                || before.countryOnly() && before.country().equals(place.country()) && place.admin1() != null) {
            told.location = place;
        }
    }

    /**
     * "IS claimed responsibility for the attack": the claimant is who carried out the act told
     * before, when that act has no known author.
     */
    private static void claimResponsibility(SentenceAnalysis s, List<ActorMention> actors, Draft told) {
        if (!s.claim.speakerActs() || told == null
                || told.actor1 != null && !told.actor1.isUnidentified()) {
            return;
        }
        for (ActorMention m : actors) {
            if (m.end() <= s.claim.cueEnd()) {
                told.actor1 = m.entry();
                return;
            }
        }
    }
}
