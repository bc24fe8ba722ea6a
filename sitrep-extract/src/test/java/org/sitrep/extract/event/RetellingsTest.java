package org.sitrep.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.FakeGeocoder;
import org.sitrep.extract.RuleBasedExtractor;
import org.sitrep.extract.TestReports;
import org.sitrep.model.Event;

class RetellingsTest {
    private static final RuleBasedExtractor EXTRACTOR = new RuleBasedExtractor(EventFixtures.ACTORS, new FakeGeocoder());

    private static List<Event> violent(String article) {
        return EXTRACTOR.extract(TestReports.of(article, LocalDate.of(2019, 3, 12))).stream()
                .filter(e -> !e.eventType().equals("Strategic developments")).toList();
    }

    @Test
    void aHeadlineAndTheBodyThatPlacesItAreOneIncident() {
        List<Event> events = violent("Car bomb kills six at a market.\n\nA car bomb killed six people at a market in "
                + "Qalat Nur on Monday, a monitor said.");
        assertEquals(1, events.size(), events.toString());
        assertEquals("Qalat Nur", events.get(0).location().name());
        assertEquals(6, events.get(0).fatalities(), "one incident told twice is not twelve deaths");
    }

    @Test
    void theLeadsFigureAndTheBodysDifferTheMoreConservativeStands() {
        List<Event> events = violent("At least 9 civilians were killed in air strikes on Sunday, activists said. "
                + "Warplanes struck Bayt Warda on Sunday, killing 7 civilians.");
        assertEquals(1, events.size(), events.toString());
        assertEquals(7, events.get(0).fatalities());
    }

    @Test
    void anUnplacedEventToldAfterAPlacedOneIsNotItsRetelling() {
        List<Event> events = violent("Warplanes struck Bayt Warda on Sunday, killing 7 civilians. On the same day, "
                + "gunmen executed 3 prisoners.");
        assertEquals(2, events.size(), events.toString());
    }

    @Test
    void theConservativeFigureIsTheLowerOfTwoGivenOnesElseTheOneGiven() {
        assertEquals(4, Retellings.conservative(4, 6));
        assertEquals(6, Retellings.conservative(0, 6));
        assertEquals(6, Retellings.conservative(6, null));
        assertNull(Retellings.conservative(null, null));
    }
}
