package org.sitrep.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.English;
import org.sitrep.model.DatePrecision;

class DateFinderTest {
    /** A Tuesday. */
    static final LocalDate REPORT_TUESDAY = LocalDate.of(2018, 11, 20);
    static final LocalDate REPORT_SUNDAY = LocalDate.of(2018, 11, 18);
    static final LocalDate REPORT_EARLY_JANUARY = LocalDate.of(2019, 1, 3);
    static final LocalDate REPORT_LATE_DECEMBER = LocalDate.of(2018, 12, 30);

    static final String MONTH_DAY = "On November 14, the army shelled the ridge.";
    static final String DAY_OF_MONTH = "The 17th of November saw heavy rain.";
    static final String ORDINAL_SUFFIX = "On November 17th, rebels ambushed a convoy.";
    static final String WITH_YEAR = "The bridge was blown up on November 14, 2016.";
    static final String ISO = "The statement is dated 2018-10-02.";
    static final String INSIDE = "The hill, captured by HTS on October 8, was lost again.";
    static final String LATE_DECEMBER = "On December 30, a car bomb went off at the market.";
    static final String EARLY_JANUARY = "On January 2, talks are due to resume.";
    static final String WEEKDAY = "On Sunday, rebels shelled the town.";
    static final String WEEKDAY_EVENING = "Militants attacked a checkpoint on Friday evening.";
    static final String WEEKDAY_AFTER_VERB = "Police said they detained 19 men on Monday.";
    static final String LAST_WEEKDAY = "The convoy was ambushed last Sunday near the bridge.";
    static final String THIS_PAST_WEEKDAY = "This past Sunday, a drone hit the depot.";
    static final String SAME_DAY = "On the same day, a drone struck a car.";
    static final String NEXT_DAY = "The next day, the village was retaken.";
    static final String YESTERDAY = "Yesterday, a mine killed a shepherd.";
    static final String LAST_WEEKEND = "Last weekend, the army advanced on two fronts.";
    static final String RECENTLY = "Recently, the group lost several commanders.";
    static final String LAST_MONTH = "Last month, the truce collapsed.";
    static final String RANGE = "Between 7 and 10 people were killed in the raid.";
    static final String IMPOSSIBLE = "On February 30, nothing happened.";
    static final String NO_DATE = "The 5th Corps moved 20 tanks to the front.";

    private final DateFinder finder = English.dateFinder();

    private DateMention only(String sentence, LocalDate reference) {
        return only(sentence, reference, null);
    }

    private DateMention only(String sentence, LocalDate reference, EventDate current) {
        List<DateMention> found = finder.find(sentence, reference, current);
        assertEquals(1, found.size(), sentence + ": " + found);
        return found.get(0);
    }

    private static EventDate day(int y, int m, int d) {
        return EventDate.day(LocalDate.of(y, m, d));
    }

    @Test
    void aMonthAndDayTakeTheReportsYear() {
        DateMention d = only(MONTH_DAY, REPORT_TUESDAY);
        assertEquals(day(2018, 11, 14), d.date());
        assertTrue(d.leading());
        assertEquals("November 14", MONTH_DAY.substring(d.start(), d.end()));
    }

    @Test
    void dayBeforeMonthAndOrdinalSuffixesAreRead() {
        assertEquals(day(2018, 11, 17), only(DAY_OF_MONTH, REPORT_TUESDAY).date());
        assertEquals(day(2018, 11, 17), only(ORDINAL_SUFFIX, REPORT_TUESDAY).date());
    }

    @Test
    void aWrittenYearIsKept() {
        assertEquals(day(2016, 11, 14), only(WITH_YEAR, REPORT_TUESDAY).date());
        assertEquals(day(2018, 10, 2), only(ISO, REPORT_TUESDAY).date());
    }

    @Test
    void theYearIsTheOneNearestTheReportAcrossNewYear() {
        assertEquals(day(2018, 12, 30), only(LATE_DECEMBER, REPORT_EARLY_JANUARY).date());
        assertEquals(day(2019, 1, 2), only(EARLY_JANUARY, REPORT_LATE_DECEMBER).date());
    }

    @Test
    void aDateInsideASentenceDoesNotLead() {
        DateMention d = only(INSIDE, REPORT_TUESDAY);
        assertEquals(day(2018, 10, 8), d.date());
        assertFalse(d.leading());
    }

    @Test
    void aWeekdayIsTheLastSuchDayOnOrBeforeTheReport() {
        assertEquals(day(2018, 11, 18), only(WEEKDAY, REPORT_TUESDAY).date());
        assertEquals(day(2018, 11, 16), only(WEEKDAY_EVENING, REPORT_TUESDAY).date());
        assertEquals(day(2018, 11, 19), only(WEEKDAY_AFTER_VERB, REPORT_TUESDAY).date(), "the day before");
        assertTrue(only(WEEKDAY, REPORT_TUESDAY).leading());
    }

    @Test
    void newsOfTheReportsOwnWeekdayIsThatDayButLastWeekdayIsAWeekBefore() {
        assertEquals(day(2018, 11, 18), only(WEEKDAY, REPORT_SUNDAY).date(), "news of Sunday says 'on Sunday'");
        assertEquals(day(2018, 11, 11), only(LAST_WEEKDAY, REPORT_SUNDAY).date());
        assertEquals(day(2018, 11, 11), only(THIS_PAST_WEEKDAY, REPORT_SUNDAY).date());
        assertEquals(day(2018, 11, 18), only(LAST_WEEKDAY, REPORT_TUESDAY).date(), "the Sunday just gone");
    }

    @Test
    void aSundayInAMondaysReportIsTheDayBefore() {
        assertEquals(day(2023, 12, 17), only(WEEKDAY, LocalDate.of(2023, 12, 18)).date());
    }

    @Test
    void theSameDayIsTheNarrativesLastDate() {
        EventDate current = day(2018, 11, 14);
        assertEquals(current, only(SAME_DAY, REPORT_TUESDAY, current).date());
        assertEquals(day(2018, 11, 20), only(SAME_DAY, REPORT_TUESDAY, null).date(), "no date yet: the report's");
    }

    @Test
    void theNextDayAndYesterdayCountFromTheirAnchor() {
        assertEquals(day(2018, 11, 15), only(NEXT_DAY, REPORT_TUESDAY, day(2018, 11, 14)).date());
        assertEquals(day(2018, 11, 19), only(YESTERDAY, REPORT_TUESDAY).date());
    }

    @Test
    void lastWeekendIsAWeekPrecisionDate() {
        EventDate d = only(LAST_WEEKEND, REPORT_TUESDAY).date();
        assertEquals(LocalDate.of(2018, 11, 17), d.date(), "the Saturday before the report");
        assertEquals(DatePrecision.WEEK, d.precision());
    }

    @Test
    void recentlyIsTheReportsWeek() {
        EventDate d = only(RECENTLY, REPORT_TUESDAY).date();
        assertEquals(REPORT_TUESDAY, d.date());
        assertEquals(DatePrecision.WEEK, d.precision());
        assertEquals(DatePrecision.MONTH, only(LAST_MONTH, REPORT_TUESDAY).date().precision());
    }

    @Test
    void withoutAReferenceDateTheYearIsNeverGuessed() {
        EventDate d = only(MONTH_DAY, null).date();
        assertNull(d.date());
        assertEquals(MonthDay.of(11, 14), d.monthDay());
        assertEquals("--11-14", d.monthDayLabel());
        assertEquals(DatePrecision.DAY, d.precision());
        assertTrue(d.known());
    }

    @Test
    void withoutAReferenceDateRelativeDatesAreUnknown() {
        assertEquals(EventDate.UNKNOWN, only(WEEKDAY, null).date());
        assertEquals(EventDate.UNKNOWN, only(RECENTLY, null).date());
        assertFalse(EventDate.UNKNOWN.known());
    }

    @Test
    void theNextDayOfAYearlessDateStaysYearless() {
        EventDate current = new EventDate(null, MonthDay.of(2, 28), DatePrecision.DAY);
        EventDate next = only(NEXT_DAY, null, current).date();
        assertNull(next.date());
        assertEquals(MonthDay.of(2, 29), next.monthDay(), "counted in a leap year: the year is unknown");
    }

    @Test
    void numbersThatAreNotDates() {
        assertEquals(List.of(), finder.find(RANGE, REPORT_TUESDAY, null));
        assertEquals(List.of(), finder.find(IMPOSSIBLE, REPORT_TUESDAY, null));
        assertEquals(List.of(), finder.find(NO_DATE, REPORT_TUESDAY, null));
    }

    @Test
    void mentionsComeInTextOrder() {
        List<DateMention> found = finder.find("On Sunday and again on November 14, rebels attacked.", REPORT_TUESDAY,
                null);
        assertEquals(List.of(day(2018, 11, 18), day(2018, 11, 14)), found.stream().map(DateMention::date).toList());
    }

    @Test
    void aDayOfMonthAfterOnTheLeads() {
        assertTrue(only("On the 17th of November, rebels ambushed a convoy.", REPORT_TUESDAY).leading());
    }

    @Test
    void theModalMayIsNoMonth() {
        assertEquals(List.of(), finder.find("At least 4 may have been killed in the raid.", REPORT_TUESDAY, null));
    }

    @Test
    void theVerbMarchIsNoMonth() {
        assertEquals(List.of(), finder.find("Protesters march 5 km to the square every week.", REPORT_TUESDAY, null));
    }

    @Test
    void aDateMonthsAheadIsInThePastYear() {
        assertEquals(day(2018, 5, 4), only("On May 4, the rebels took the hill.", REPORT_TUESDAY).date());
    }
}
