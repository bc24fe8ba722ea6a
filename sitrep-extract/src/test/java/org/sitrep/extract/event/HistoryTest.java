package org.sitrep.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/** A clause dated by a year or month long past tells history: no event of the report. */
class HistoryTest {
    private static List<Event> events(String text) {
        return EventFixtures.extracted(text);
    }

    @Test
    void aChangeOfControlYearsAgoIsHistoryInAnyVoice() {
        assertTrue(events("The army recaptured Tal Sukkar in 2016 after a long siege.").isEmpty());
        assertTrue(events("Bayt Warda was captured by HTS in March 2015.").isEmpty());
        assertTrue(events("HTS fighters seized Qalat Nur in the 2015 offensive.").isEmpty());
    }

    @Test
    void aStrikeOrAFightYearsAgoIsHistory() {
        assertTrue(events("During 2017 the army shelled Kafr Ruwayha almost daily.").isEmpty());
        assertTrue(events("HTS and the army fought for Bayt Warda in late 2016, leaving 40 dead.").isEmpty());
    }

    @Test
    void theNewsBesideItStaysAndKeepsItsOwnLosses() {
        List<Event> e = events("On March 10, the SAA shelled Tal Sukkar, killing 3 civilians. HTS had seized the "
                + "village in 2015.");
        assertEquals(1, e.size(), e.toString());
        assertEquals(3, e.get(0).fatalities());
        assertEquals(LocalDate.of(2019, 3, 10), e.get(0).date());
    }

    @Test
    void anExplicitDayIsADateNotHistory() {
        List<Event> e = events("On 3 March 2015, HTS shelled Bayt Warda, killing 4 civilians.");
        assertEquals(1, e.size(), e.toString());
        assertEquals(LocalDate.of(2015, 3, 3), e.get(0).date());
        assertEquals(1, events("HTS shelled Bayt Warda in February 2019, killing 2 civilians.").size(),
                "a month just before the report is still its news");
    }
}
