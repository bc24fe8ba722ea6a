package org.sitrep.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/** Reports written for this test: a sentence with no act of its own says where the act before it happened. */
class TrailingPlaceTest {
    @Test
    void theNextSentenceWithOnePlaceSaysWhereAnUnplacedBombingHappened() {
        List<Event> e = EventFixtures.extracted("A car bomb killed 14 people on Monday, a monitor said. Most of the "
                + "dead were travellers waiting at a checkpoint in Qalat Nur.");
        assertEquals(1, e.size(), e.toString());
        assertEquals("Qalat Nur", e.get(0).location().name());
        assertEquals(14, e.get(0).fatalities());
    }

    @Test
    void aSentenceNamingTwoPlacesSaysNothingOfWhere() {
        Event two = EventFixtures.extracted("A car bomb killed 14 people on Monday. Families in Qalat Nur and in "
                + "Bayt Warda waited for news.").get(0);
        assertNull(two.location(), two.toString());
    }
}
