package org.sitrep.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.sitrep.extract.actor.ActorEntry;
import org.sitrep.extract.actor.ActorKind;
import org.sitrep.extract.actor.ActorMention;
import org.sitrep.model.Actor;

/** Groups the dictionary does not know ("Ansar al-Wadi fighters"): actors of side unidentified. */
public final class UnknownGroups {
    private final EventWords words;

    public UnknownGroups(EventWords words) {
        this.words = words;
    }

    /** The named groups of {@code text} that no {@code known} mention covers (not at the sentence's start). */
    public List<ActorMention> find(String text, List<ActorMention> known) {
        List<ActorMention> out = new ArrayList<>();
        Matcher m = words.unknownGroup.matcher(text);
        while (m.find()) {
            int s = m.start(1);
            int e = m.end(1);
            boolean overlaps = known.stream().anyMatch(k -> k.start() < m.end() && s < k.end());
            if (!overlaps && s > 0) {
                String name = m.group(1);
                out.add(new ActorMention(new ActorEntry(name, List.of(Actor.UNIDENTIFIED), 3, null,
                        null, ActorKind.ACTOR, null, List.of(name), null), s, e, name));
            }
        }
        return out;
    }
}
