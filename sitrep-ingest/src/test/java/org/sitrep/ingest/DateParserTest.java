package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateParserTest {
    private static final LocalDate NOV_15 = LocalDate.of(2017, 11, 15);

    private static LocalDate find(String text) {
        return DateParser.find(text).map(DateParser.Found::date).orElse(null);
    }

    @Test
    void readsTheWaysNewsSitesWriteDates() {
        assertEquals(NOV_15, find("2017-11-15"));
        assertEquals(NOV_15, find("Global Research, November 15, 2017"));
        assertEquals(NOV_15, find("Nov 15, 2017"));
        assertEquals(NOV_15, find("Nov. 15th, 2017"));
        assertEquals(NOV_15, find("South Front 15 November 2017"));
        assertEquals(NOV_15, find("15 Nov 2017"));
        assertEquals(NOV_15, find("15th of November, 2017"));
        assertEquals(NOV_15, find("Wed, 15 Nov 2017 10:00:00 +0000"));
        assertEquals(NOV_15, find("2017-11-15T09:30:00+02:00"));
        assertEquals(NOV_15, find("15.11.2017"));
        assertEquals(NOV_15, find("2017/11/15"));
        assertEquals(NOV_15, find("15/11/2017"));
        assertEquals(NOV_15, find("11/15/2017"));
    }

    @Test
    void neverCompletesOrGuessesADate() {
        assertEquals(null, find("On November 15 the army advanced"));
        assertEquals(null, find("05/06/2017"));
        assertEquals(null, find("2017-02-30"));
        assertEquals(null, find("the 4th Division"));
    }

    @Test
    void findsTheFirstDateAndWhereItIs() {
        DateParser.Found f = DateParser.find("Posted 3 March 2018, updated 2018-03-05").orElseThrow();
        assertEquals(LocalDate.of(2018, 3, 3), f.date());
        assertEquals("Posted ".length(), f.start());
    }

    @Test
    void parseWantsNothingButADate() {
        assertEquals(Optional.of(NOV_15), DateParser.parse(" 2017-11-15 "));
        assertEquals(Optional.of(NOV_15), DateParser.parse("2017-11-15T10:00:00Z"));
        assertTrue(DateParser.parse("yesterday").isEmpty());
        assertTrue(DateParser.parse("Report of 2017-11-15").isEmpty());
    }
}
