package org.sitrep.extract.event;

import org.sitrep.extract.rules.Draft;

/** How far to trust an event: less when it is claimed, its actor unknown, its place coarse or borrowed. */
public final class EventConfidence {
    private EventConfidence() {
    }

    /** @param ownPlace the sentence named the place itself */
    public static double of(Draft d, boolean ownPlace) {
        double c = 0.8;
        if (!"asserted".equals(d.modality)) {
            c -= 0.1;
        }
        if (d.actor1 == null || d.actor1.isUnidentified()) {
            c -= 0.1;
        }
        if (d.location == null || !d.location.placed()) {
            c -= 0.2;
        } else if (d.location.geoPrecision() != null && d.location.geoPrecision() >= 3) {
            c -= 0.1;
        }
        if (!ownPlace) {
            c -= 0.1;
        }
        return Math.max(0.05, Math.min(0.99, Math.round(c * 100) / 100.0));
    }
}
