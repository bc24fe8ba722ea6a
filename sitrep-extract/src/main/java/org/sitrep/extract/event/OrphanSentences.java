package org.sitrep.extract.event;

import java.util.List;
import org.sitrep.extract.actor.ActorEntry;
import org.sitrep.extract.actor.ActorMention;
import org.sitrep.extract.actor.ActorResolver;
import org.sitrep.extract.count.Casualties;
import org.sitrep.extract.pipeline.Document;
import org.sitrep.extract.pipeline.SentenceAnalysis;
import org.sitrep.extract.rules.Draft;
import org.sitrep.extract.rules.TriggerCategory;
import org.sitrep.extract.time.DateMention;

/**
 * Sentences with no trigger of their own that still tell an event. "The second came on May 3":
 * one event per ordinal, a copy of the paragraph's last dated anew. "12 rebels died", told by
 * another source: an event of its own, since claims stay apart (else its figures belong to the
 * paragraph's last event).
 */
public final class OrphanSentences {
    private final EventTyper typer;

    private final EventWords words;

    public OrphanSentences(EventTyper typer, EventWords words) {
        this.typer = typer;
        this.words = words;
    }

    public void read(Document doc, SentenceAnalysis s, int index, List<ActorMention> actors, ParagraphContext ctx,
                     ActorResolver resolver, List<Draft> made) {
        Draft last = ctx.lastDraft();
        if (last != null && words.ordinal.matcher(s.text()).find()) {
            for (DateMention d : s.dates) {
                if (d.date().known()) {
                    Draft c = last.copy();
                    c.date = d.date();
                    c.dateStated = true;
                    c.evidenceStart = s.sentence.start();
                    c.evidenceEnd = s.sentence.end();
                    made.add(c);
                    if (!last.dateStated) {
                        ctx.paragraphDrafts.remove(last);
                        doc.drafts.remove(last);
                    }
                    return;
                }
            }
        }
        Casualties cas = s.casualties;
        if (cas.fatalities() == null || cas.fatalities() == 0 || s.claim.source() == null) {
            return;
        }
        Draft d = new Draft(index, s.sentence.paragraph());
        d.category = TriggerCategory.LOSSES;
        ActorEntry loser = actors.isEmpty() ? null : actors.get(0).entry();
        d.actor2 = loser;
        d.actor1 = loser == null ? resolver.lastOpponentOf(null) : resolver.lastOpponentOf(loser.side());
        d.location = ctx.lastPlaces.isEmpty() ? ctx.region : ctx.region != null ? ctx.region : ctx.lastPlaces.get(0);
        d.type = typer.subType(d.category, d.actor1, d.location, ctx.countryCode, s.text());
        d.date = s.date;
        d.source = s.claim.source();
        d.modality = s.claim.modality();
        d.confidence = 0.5;
        d.evidenceStart = s.sentence.start();
        d.evidenceEnd = s.sentence.end();
        if (d.location != null) {
            made.add(d);
        }
    }
}
