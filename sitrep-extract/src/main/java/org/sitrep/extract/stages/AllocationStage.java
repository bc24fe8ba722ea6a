package org.sitrep.extract.stages;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.extract.count.AllocationReader;
import org.sitrep.extract.pipeline.Annotation;
import org.sitrep.extract.pipeline.Document;
import org.sitrep.extract.pipeline.SentenceAnalysis;
import org.sitrep.extract.pipeline.Stage;
import org.sitrep.extract.rules.Draft;

/**
 * Applies a coder's split of the deaths ("coded as 10 and split between the 3 locations, with X
 * allocated 4"): the report's main event keeps its own share and the other places' shares stay
 * with the records that tell them, so the deaths are not counted twice.
 */
public final class AllocationStage implements Stage {
    private final AllocationReader reader = new AllocationReader();

    @Override
    public String name() {
        return "allocation";
    }

    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.EVENTS, Annotation.CASUALTIES);
    }

    @Override
    public Set<Annotation> provides() {
        return Set.of(Annotation.ALLOCATED);
    }

    @Override
    public void apply(Document doc) {
        if (doc.drafts.isEmpty()) {
            return;
        }
        int total = doc.drafts.stream().mapToInt(d -> d.fatalities == null ? 0 : d.fatalities).sum();
        AllocationReader.Allocation allocation = null;
        for (SentenceAnalysis s : doc.sentences) {
            AllocationReader.Allocation a = reader.read(s.text(), total);
            if (a != null) {
                allocation = a;
            }
        }
        if (allocation == null) {
            return;
        }
        Draft primary = doc.drafts.get(0);
        Integer share = allocation.shareOf(names(primary));
        for (Draft d : doc.drafts) {
            if (d.sentence != primary.sentence) {
                break;
            }
            Integer own = allocation.shareOf(names(d));
            if (own != null && share == null) {
                primary = d; // the first sentence's place that the note gives a share to
                share = own;
            }
        }
        if (share == null) {
            // a place the report's first sentence names, with a share of its own ("in the Sarouja district")
            for (var place : doc.sentences.get(primary.sentence).places) {
                Integer own = allocation.explicitShareOf(place.text());
                if (own != null) {
                    share = own;
                    break;
                }
            }
        }
        if (share == null) {
            share = allocation.evenShare();
        }
        if (share == null) {
            return;
        }
        for (Draft d : doc.drafts) {
            d.fatalities = d == primary ? share : (d.fatalities == null ? null : 0);
        }
    }

    private static List<String> names(Draft d) {
        List<String> out = new ArrayList<>();
        if (d.location != null) {
            if (d.location.mention() != null) {
                out.add(d.location.mention());
            }
            if (d.location.name() != null) {
                out.add(d.location.name());
            }
            out.addAll(d.location.alternateNames());
        }
        return out;
    }
}
