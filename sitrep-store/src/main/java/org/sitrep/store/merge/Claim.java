package org.sitrep.store.merge;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.sitrep.model.Evidence;

/**
 * One source's account of an incident: what it says, kept as it says it (never averaged).
 *
 * @param eventId   the stored event this claim is
 * @param source    who says so (attribution source, else the report's narrator); null when neither
 *                  is known (a report with no outlet)
 * @param modality  asserted, claimed, reported or denied
 */
public record Claim(
        long eventId,
        String reportId,
        String source,
        String modality,
        int fatalities,
        Integer prisoners,
        LocalDate date,
        String datePrecision,
        String subEventType,
        String actor1,
        String actor1Side,
        Evidence evidence) {

    public boolean denied() {
        return "denied".equals(modality);
    }

    /** The distinct sources of some claims, in claim order; a claim with no source names none. */
    public static List<String> sources(List<Claim> claims) {
        return List.copyOf(claims.stream().map(Claim::source).filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }
}
