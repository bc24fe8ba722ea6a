package org.sitrep.extract.stages;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.extract.count.AllocationReader;
import org.sitrep.extract.lang.LanguageFile;
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
    private static final Pattern MORE = Pattern.compile("(?i)\\b(?:more|additional)\\b");

    private final AllocationReader reader;

    public AllocationStage(AllocationReader reader) {
        this.reader = reader;
    }

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
    public Set<LanguageFile> reads() {
        return Set.of(LanguageFile.NUMBERS);
    }

    @Override
    public void apply(Document doc) {
        if (doc.drafts.isEmpty()) {
            return;
        }
        int total = doc.drafts.stream().mapToInt(d -> d.fatalities == null ? 0 : d.fatalities).sum();
        int places = (int) doc.drafts.stream().filter(AllocationStage::atAPlace).map(Draft::placeKey).distinct().count();
        AllocationReader.Allocation allocation = null;
        SentenceAnalysis note = null;
        for (SentenceAnalysis s : doc.sentences) {
            AllocationReader.Allocation a = reader.read(s.text(), total, places);
            if (a != null) {
                allocation = a;
                note = s;
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
            // a place the report's first sentence names, with a share of its own ("the Kafr Ruwayha district of the city")
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
        if (MORE.matcher(note.text()).find() && note != doc.sentences.get(primary.sentence)) {
            // "killed 3 more civilians in A, B and C, split evenly": a share on top of what A's own sentence told
            Integer own = doc.sentences.get(primary.sentence).casualties == null ? null
                    : doc.sentences.get(primary.sentence).casualties.fatalities();
            share += own == null ? 0 : own;
        }
        for (Draft d : doc.drafts) {
            d.fatalities = d == primary ? share : (d.fatalities == null ? null : 0);
        }
    }

    /** Located at a place, not only in a region. */
    private static boolean atAPlace(Draft d) {
        return d.location != null && (d.location.geoPrecision() == null || d.location.geoPrecision() < 3);
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
