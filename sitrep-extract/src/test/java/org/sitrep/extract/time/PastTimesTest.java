package org.sitrep.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.English;
import org.sitrep.model.DatePrecision;

class PastTimesTest {
    private static final LocalDate REPORT = LocalDate.of(2019, 3, 12);
    private final PastTimes past = English.pastTimes();

    private List<DateMention> in(String sentence) {
        return past.find(sentence, REPORT);
    }

    @Test
    void aYearOrAMonthLongBeforeTheReportIsPast() {
        DateMention year = in("The army retook the town in 2016 after a long siege.").get(0);
        assertEquals(DatePrecision.YEAR, year.date().precision());
        assertEquals(LocalDate.of(2016, 1, 1), year.date().date());
        DateMention month = in("Rebels overran the base in March 2015, the group said.").get(0);
        assertEquals(DatePrecision.MONTH, month.date().precision());
        assertEquals(LocalDate.of(2015, 3, 1), month.date().date());
        assertEquals(1, in("The militia held the valley until mid-2014.").size());
        assertEquals(1, in("During 2017 the front barely moved.").size());
    }

    @Test
    void aTextIsLookedIntoOnlyWhenItHoldsAYearOfThisCenturyOrTheLast() {
        assertTrue(PastTimes.hasYear("in 1999"));
        assertTrue(PastTimes.hasYear("2016"));
        assertTrue(PastTimes.hasYear("mid-2014."));
        assertTrue(!PastTimes.hasYear("in 1899, 2100 or 219") && !PastTimes.hasYear("20") && !PastTimes.hasYear(""));
        assertEquals(1, in("Rebels overran the base in March 2015").size(), "the year at the very end");
    }

    @Test
    void aYearNamingAWarOrACampaignIsPast() {
        assertEquals(1, in("Israel occupied the plateau in the 1967 war.").size());
        assertEquals(1, in("Thousands fled the 2012 offensive on the city.").size());
    }

    @Test
    void theReportsOwnMonthsAndCountsAreNot() {
        assertTrue(in("Rebels shelled the town in February 2019.").isEmpty(), "last month may still be news");
        assertTrue(in("The campaign began in 2019.").isEmpty());
        assertTrue(in("The blast killed some of 2000 people gathered there.").isEmpty(), "a count, not a year");
        assertTrue(in("Shelling was reported on 2016-04-03 in the town.").isEmpty(), "a full date is a date");
        assertTrue(in("Over 300 people have died since 2011.").isEmpty(), "counted up to now: background");
        assertTrue(past.find("The army retook the town in 2016.", null).isEmpty(), "no report date, nothing to compare");
    }
}
