package org.sitrep.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.rules.Draft;
import org.sitrep.model.Location;

class EventConfidenceTest {
    private static final Location VILLAGE = new Location("Tal Sukkar", "Tal Sukkar", List.of(), "Hama", null, "Syria",
            35.31, 36.61, 1, "test", null);
    private static final Location REGION = new Location("Hama", "Hama", List.of(), "Hama", null, "Syria",
            35.13, 36.75, 3, "test", null);

    private static Draft draft(String modality, Location where) {
        Draft d = new Draft(0, 0);
        d.modality = modality;
        d.location = where;
        d.actor1 = EventFixtures.ACTORS.byName("Syrian Arab Army").orElseThrow();
        return d;
    }

    @Test
    void anAssertedEventAtAVillageItsSentenceNamesIsTrustedMost() {
        assertEquals(0.8, EventConfidence.of(draft("asserted", VILLAGE), true));
    }

    @Test
    void aClaimACoarsePlaceOrABorrowedOneEachCostTrust() {
        double best = EventConfidence.of(draft("asserted", VILLAGE), true);
        assertTrue(EventConfidence.of(draft("claimed", VILLAGE), true) < best);
        assertTrue(EventConfidence.of(draft("asserted", REGION), true) < best);
        assertTrue(EventConfidence.of(draft("asserted", VILLAGE), false) < best);
        assertTrue(EventConfidence.of(draft("claimed", null), false) >= 0.05);
    }
}
