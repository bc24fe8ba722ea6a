package org.sitrep.store.sources;

import java.util.List;

/** A source's reliability over all months, and month by month. */
public record SourceHistory(SourceReliability total, List<SourceReliability> months) {
    public SourceHistory {
        months = List.copyOf(months);
    }
}
