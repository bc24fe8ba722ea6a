package org.sitrep.store.merge;

import java.time.LocalDate;
import org.sitrep.model.Evidence;

/**
 * One source's account of an incident: what it says, kept as it says it (never averaged).
 *
 * @param eventId   the stored event this claim is
 * @param source    who says so (attribution source, else the report's narrator)
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
}
