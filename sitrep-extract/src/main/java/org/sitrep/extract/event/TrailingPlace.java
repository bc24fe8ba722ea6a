package org.sitrep.extract.event;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.extract.pipeline.SentenceAnalysis;
import org.sitrep.extract.place.PlaceMention;
import org.sitrep.extract.rules.Draft;
import org.sitrep.model.Location;

/**
 * "A car bomb killed 43 people on Saturday. Most were evacuees waiting at a checkpoint in X." A
 * sentence that tells no act of its own but names one place says where the paragraph's last
 * violent event, told nowhere (or at the country alone), happened.
 */
public final class TrailingPlace {
    private TrailingPlace() {
    }

    /** @param made the sentence's own events */
    public static void refine(SentenceAnalysis s, List<Draft> made, Map<PlaceMention, Location> located,
                              ParagraphContext ctx) {
        if (!made.isEmpty() || !s.triggers.isEmpty()) {
            return;
        }
        Draft last = ctx.lastDraft();
        if (last == null || last.type == null || !last.type.type().isPoliticalViolence()
                || last.location != null && !last.location.countryOnly()) {
            return;
        }
        Set<Location> scenes = new LinkedHashSet<>();
        for (Map.Entry<PlaceMention, Location> e : located.entrySet()) {
            if (e.getKey().role() == PlaceMention.Role.SCENE && e.getValue() != null && e.getValue().placed()
                    && !e.getValue().countryOnly()) {
                scenes.add(e.getValue());
            }
        }
        if (scenes.size() != 1) {
            return; // none, or several: the sentence does not say which
        }
        Location place = scenes.iterator().next();
        if (last.location == null || last.location.country() == null || last.location.country().equals(place.country())) {
            last.location = place;
        }
    }

}
