package org.sitrep.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.sitrep.extract.actor.ActorEntry;
import org.sitrep.extract.actor.ActorMention;
import org.sitrep.extract.attribution.Claim;
import org.sitrep.model.Actor;

/**
 * "The Russian defence ministry said its forces had captured X", "the army said its aircraft
 * destroyed ...": a speaker's own forces, named by a possessive after the attribution, are the
 * armed actor the speaker names. The speaker itself is no party to what it tells; its forces are.
 */
public final class SpeakersForces {
    private final EventWords words;

    public SpeakersForces(EventWords words) {
        this.words = words;
    }

    /**
     * The mentions of the speaker's forces in {@code text}, each standing where "its forces" is written,
     * where the attribution names an armed actor; none otherwise.
     *
     * @param speakers the actor mentions inside the attribution (before its cue's end)
     * @param told     the other mentions of the sentence
     */
    public List<ActorMention> find(String text, Claim claim, List<ActorMention> speakers, List<ActorMention> told) {
        ActorEntry speaker = speakers.stream().map(ActorMention::entry).filter(SpeakersForces::armed).findFirst()
                .orElse(null);
        if (speaker == null) {
            return List.of();
        }
        List<ActorMention> out = new ArrayList<>();
        Matcher m = words.ownForces.matcher(text);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            boolean named = told.stream().anyMatch(k -> k.start() < e && s < k.end() && !k.entry().isStateGeneric()
                    && !k.entry().namesNobody());
            if (s >= claim.cueEnd() && !named) {
                out.add(new ActorMention(speaker, s, e, m.group()));
            }
        }
        return out;
    }

    private static boolean armed(ActorEntry e) {
        String side = e.side();
        return !side.equals(Actor.UNIDENTIFIED) && !side.equals("civilians") && !side.equals("protesters")
                && !side.equals("other") && (e.inter() == null || e.inter() < 5 || e.inter() == 8);
    }
}
