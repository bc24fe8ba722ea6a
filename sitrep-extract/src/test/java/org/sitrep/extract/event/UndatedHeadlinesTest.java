package org.sitrep.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.FakeGeocoder;
import org.sitrep.extract.RuleBasedExtractor;
import org.sitrep.extract.TestReports;
import org.sitrep.model.Event;

/** A headline's incident, told without a day, happened on the day its body says. */
class UndatedHeadlinesTest {
    private static final RuleBasedExtractor EXTRACTOR = new RuleBasedExtractor(EventFixtures.ACTORS, new FakeGeocoder());
    /** A Tuesday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2019, 3, 12);

    private static List<Event> extract(String text) {
        return EXTRACTOR.extract(TestReports.of(text, PUBLISHED));
    }

    @Test
    void theHeadlineTakesTheBodysDay() {
        List<Event> events = extract("Gunmen kill five people in Basra market\n\nGunmen opened fire on a market in Basra "
                + "on Monday, killing five people, police said.");
        assertEquals(1, events.size(), events.toString());
        assertEquals(LocalDate.of(2019, 3, 11), events.get(0).date());
        assertEquals(5, events.get(0).fatalities());
    }

    @Test
    void aNotesSentencesKeepTheirDays() {
        List<Event> events = extract("Gunmen killed five people in Basra. On Monday, gunmen had killed two people "
                + "in Basra.");
        assertEquals(List.of(PUBLISHED, LocalDate.of(2019, 3, 11)), events.stream().map(Event::date).toList(),
                events.toString());
    }
}
