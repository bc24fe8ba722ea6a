package org.sitrep.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.FakeGeocoder;
import org.sitrep.extract.RuleBasedExtractor;
import org.sitrep.extract.TestReports;
import org.sitrep.model.Event;

/** An outlet's own telling of an incident its body tells on one source's word relays that account. */
class CitedAccountsTest {
    private static final RuleBasedExtractor EXTRACTOR = new RuleBasedExtractor(EventFixtures.ACTORS, new FakeGeocoder());

    private static List<Event> violent(String article) {
        return EXTRACTOR.extract(TestReports.of(article, LocalDate.of(2019, 3, 12))).stream()
                .filter(e -> !e.eventType().equals("Strategic developments")).toList();
    }

    @Test
    void theHeadlineRetellsTheAccountTheBodyCites() {
        List<Event> events = violent("Gunmen kill five people in Basra market.\n\nGunmen opened fire on a market in Basra, "
                + "killing five people, police said.");
        assertEquals(1, events.size(), events.toString());
        assertEquals("police", events.get(0).attribution().source());
        assertEquals(5, events.get(0).fatalities(), "one account told twice");
        List<Event> according = violent("Air strikes kill 9 in Bayt Warda.\n\nAir strikes killed 9 civilians in "
                + "Bayt Warda, according to local activists.");
        assertEquals(1, according.size(), according.toString());
        assertEquals("local activists", according.get(0).attribution().source());
    }

    @Test
    void withTwoSourcesCitedTheOutletsOwnTellingStaysItsOwn() {
        List<Event> events = violent("Air strikes kill 9 in Bayt Warda.\n\nAir strikes killed 9 civilians in Bayt Warda, "
                + "a monitor said. Air strikes killed 12 civilians in Bayt Warda, local activists said.");
        assertEquals(3, events.size(), "the outlet, the monitor and the activists each tell their own: " + events);
    }

    @Test
    void anActOfAnotherKindIsNotTheCitedAccount() {
        List<Event> events = violent("Rebels clash with the army in Bayt Warda.\n\nAir strikes killed 4 civilians in "
                + "Bayt Warda, a monitor said.");
        assertEquals(2, events.size(), events.toString());
    }
}
