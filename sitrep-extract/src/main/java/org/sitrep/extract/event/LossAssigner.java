package org.sitrep.extract.event;

import java.util.List;
import org.sitrep.extract.actor.ActorDictionary;
import org.sitrep.extract.actor.ActorEntry;
import org.sitrep.extract.count.Casualties;
import org.sitrep.extract.rules.Draft;
import org.sitrep.extract.rules.TriggerCategory;
import org.sitrep.model.SubEventType;

/**
 * Gives a sentence's losses to an event: its own first event, else the paragraph's last (unless
 * that event's own sentence counted them already). A source's coded total replaces the figures
 * read so far, and a revised toll ("it later emerged that 7 had died") the last event's; the
 * deaths a protest is about are not the protest's.
 */
public final class LossAssigner {
    private final ActorEntry civilians;

    public LossAssigner(ActorDictionary dictionary) {
        this.civilians = dictionary.byName("Civilians").orElse(null);
    }

    /** @param made the sentence's own events */
    public void assign(Casualties cas, List<Draft> made, ParagraphContext ctx) {
        if (cas == null || !cas.saysAnything()) {
            return;
        }
        Draft target;
        if (!made.isEmpty()) {
            // "rallied against the siege, and hours later jets struck X, killing four": the strike's
            target = made.stream().filter(d -> !onlyAbout(d, cas)).findFirst().orElse(made.get(0));
        } else if (ctx.lastDraft() != null) {
            target = ctx.lastDraft();
            Draft counted = cas.revised() ? lastCounted(ctx.paragraphDrafts) : null;
            if (counted != null) {
                counted.fatalities = cas.fatalities(); // "it later emerged that 7 had died": the toll revised
                return;
            }
            if (!cas.coded() && !cas.addsOn() && target.fatalities != null && cas.fatalities() != null
                    && cas.fatalities() > 0) {
                return; // already counted by its own sentence, unless told as more ("6 more bodies were found")
            }
        } else {
            return;
        }
        if (onlyAbout(target, cas)) {
            return;
        }
        if (cas.coded() && made.isEmpty()) {
            // the source's own coded total for what the paragraph told: it replaces the figures read so far
            for (Draft d : ctx.paragraphDrafts) {
                if (d.fatalities != null) {
                    d.fatalities = 0;
                }
            }
            target.fatalities = cas.fatalities();
        } else if (cas.fatalities() != null) {
            target.fatalities = target.fatalities == null ? cas.fatalities() : target.fatalities + cas.fatalities();
            if (cas.fatalities() == 0) {
                for (Draft d : made.isEmpty() ? ctx.paragraphDrafts : made) {
                    if (d.fatalities == null) {
                        d.fatalities = 0;
                    }
                }
            }
        }
        if (cas.prisoners() != null) {
            target.prisoners = cas.prisoners();
        }
        if (cas.civilianVictims() && target.actor2 == null && target.category != null
                && (target.category.isRemote() || target.category == TriggerCategory.IED)) {
            target.actor2 = civilians; // "a boy died in the shelling"
        }
        target.materiel.addAll(cas.materiel());
    }

    /**
     * The deaths are only what the event is about: "protested against the killing of two civilians"
     * (a protest's), "found a mass grave with the bodies of 90" (a non-violent event's); a source's
     * coded total is any event's.
     */
    private static boolean onlyAbout(Draft d, Casualties cas) {
        return !cas.coded() && (d.category == TriggerCategory.PROTEST || d.type == SubEventType.OTHER);
    }

    /** The paragraph's last event that has a toll. */
    private static Draft lastCounted(List<Draft> drafts) {
        for (int i = drafts.size() - 1; i >= 0; i--) {
            if (drafts.get(i).fatalities != null && drafts.get(i).fatalities > 0) {
                return drafts.get(i);
            }
        }
        return null;
    }
}
