package org.sitrep.extract.event;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.extract.actor.ActorDictionary;
import org.sitrep.extract.actor.ActorEntry;
import org.sitrep.extract.actor.ActorResolver;
import org.sitrep.extract.count.Casualties;
import org.sitrep.extract.rules.Draft;
import org.sitrep.extract.rules.Roles;
import org.sitrep.extract.rules.TriggerCategory;

/**
 * ACLED's conventions for who is actor1 and who actor2, applied to the actors the roles found:
 * civilians do not fight, the side that lost or left is acted upon, protesters are actor1 of their
 * protest, an attack with no named attacker is by an unidentified armed group, a change of control
 * needs a taker.
 */
public final class RoleConventions {
    /** The dictionaries' row for air strikes no text attributes (common.tsv, and each war's own). */
    private static final String UNATTRIBUTED_AIR = "Unattributed warplanes";
    private final ActorDictionary dictionary;

    public RoleConventions(ActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /**
     * The parties of an event of {@code category}, or null when there is no event to record (a change
     * of control whose taker is unknown). {@code made} are the sentence's events so far.
     */
    public Parties apply(TriggerCategory category, Roles roles, Casualties casualties, List<Draft> made,
                         ParagraphContext ctx, ActorResolver resolver) {
        ActorEntry a1 = roles.actor1();
        ActorEntry a2 = roles.actor2();
        List<ActorEntry> as1 = new ArrayList<>(roles.assoc1());
        List<ActorEntry> as2 = new ArrayList<>(roles.assoc2());
        if (a1 != null && isUnarmed(a1) && violent(category)) {
            // civilians do not shell or fight: they are the ones it happened to
            if (a2 == null || isUnarmed(a2)) {
                a2 = a1;
                as2 = as1;
            }
            a1 = null;
            as1 = new ArrayList<>();
        }
        if (a1 != null && a2 != null && a1.side().equals(a2.side()) && !a1.isUnidentified()
                && (category.isRemote() || category == TriggerCategory.IED)) {
            if (!as1.contains(a2)) {
                as1.add(a2); // "the army shelled X in conjunction with barrel bombs by its helicopters"
            }
            a2 = null;
            as2 = new ArrayList<>();
        }
        if (category == TriggerCategory.LOSSES || (category == TriggerCategory.WITHDRAW && a1 != null)) {
            // the one that lost or left is the one acted upon
            ActorEntry loser = a1 != null ? a1 : a2;
            a2 = loser;
            as2 = as1;
            a1 = loser == null ? null : resolver.lastOpponentOf(loser.side());
            as1 = new ArrayList<>();
            if (category == TriggerCategory.WITHDRAW && roles.actor2() != null && roles.actor2() != loser) {
                a1 = roles.actor2();
            }
        }
        if (a1 == null && category.isBattle() && a2 != null) {
            a1 = resolver.lastOpponentOf(a2.side());
        }
        if (a1 == null && category.isRemote()) {
            Draft previous = lastRemote(made, ctx.paragraphDrafts);
            if (previous != null) {
                a1 = previous.actor1; // "Shelling on X and Y caused injuries": the shelling told before
            }
        }
        if (a1 == null && category == TriggerCategory.AIR) {
            // no armed group flies: an air strike nobody is named for is the war's unattributed warplanes
            // (Syria's government and Russia, Yemen's coalition: each war's own row says whose)
            a1 = dictionary.byName(UNATTRIBUTED_AIR).map(w -> resolver.resolve(w, ctx.countryCode())).orElse(null);
        }
        if (a1 == null && (category.isRemote() || category == TriggerCategory.IED || category == TriggerCategory.SUICIDE
                || category == TriggerCategory.ATTACK_CIVILIANS || category == TriggerCategory.ABDUCT
                || category == TriggerCategory.GRENADE)) {
            a1 = dictionary.byName("Unidentified armed group").orElse(null);
        }
        if (category == TriggerCategory.PROTEST || category == TriggerCategory.INTERVENTION
                || category == TriggerCategory.EXCESSIVE) {
            // ACLED: the protesters are actor1; who dispersed or fired on them is actor2
            if (a2 != null && "protesters".equals(a2.side())) {
                a2 = null; // "police fired tear gas at protesters": the protesters are actor1
            }
            if (a1 != null && !"protesters".equals(a1.side()) && !"civilians".equals(a1.side()) && a2 == null) {
                a2 = a1;
                as2 = as1;
                as1 = new ArrayList<>();
            }
            a1 = dictionary.byName("Protesters").orElse(a1);
        }
        if (category == TriggerCategory.RIOT && (a1 == null || !"protesters".equals(a1.side()))) {
            a1 = dictionary.byName("Rioters").orElse(a1);
        }
        if (a1 == null && (category.isTerritorial() || category.isBattle()) && !made.isEmpty()) {
            a1 = made.get(made.size() - 1).actor1; // "the SAA advanced on X, captured Y": one subject
        }
        if (a1 == null && category.isTerritorial()) {
            return null; // who took the place is unknown: not a change of control we can record
        }
        if (a2 == null && (category == TriggerCategory.ATTACK_CIVILIANS || category == TriggerCategory.ABDUCT
                || (casualties.civilianVictims() && (category.isRemote() || category == TriggerCategory.IED
                || category == TriggerCategory.SUICIDE)))) {
            a2 = dictionary.byName("Civilians").orElse(null);
        }
        if (a2 != null && a2.equals(a1)) {
            a2 = null;
        }
        return new Parties(a1, as1, a2, as2);
    }

    /** The last remote act (shelling, strike) with a known actor, in the sentence or else its paragraph. */
    private static Draft lastRemote(List<Draft> made, List<Draft> paragraph) {
        for (List<Draft> l : List.of(made, paragraph)) {
            for (int i = l.size() - 1; i >= 0; i--) {
                Draft d = l.get(i);
                if (d.category != null && d.category.isRemote() && d.actor1 != null) {
                    return d;
                }
            }
        }
        return null;
    }

    private static boolean isUnarmed(ActorEntry e) {
        return e.side().equals("civilians") || e.side().equals("protesters") || e.side().equals("other");
    }

    private static boolean violent(TriggerCategory c) {
        return c.isBattle() || c.isRemote() || c == TriggerCategory.IED || c == TriggerCategory.SUICIDE
                || c == TriggerCategory.GRENADE || c == TriggerCategory.ATTACK_CIVILIANS || c == TriggerCategory.ABDUCT;
    }
}
