package org.sitrep.extract.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.English;
import org.sitrep.extract.TestReports;
import org.sitrep.extract.pipeline.Document;
import org.sitrep.extract.text.SentenceSplitter;
import org.sitrep.extract.time.DatelineReader;
import org.sitrep.extract.time.EventDate;
import org.sitrep.model.DatePrecision;

class DateStageTest {
    static final LocalDate REPORT_DATE = LocalDate.of(2018, 11, 20);

    static final String LEADING_CARRIES = "On November 14, the army shelled the ridge. Rebels fired back at dawn.";
    static final String INSIDE_STAYS = "The hill, captured by HTS on October 8, was lost again. Rebels fired back.";
    static final String SAME_DAY_IS_LAST_DATE = "On November 14, the army shelled the ridge. The hill had fallen on "
            + "November 10. On the same day, a drone struck a car.";
    static final String VAGUE_DOES_NOT_CARRY = "On November 14, the army shelled the ridge. Recently, the group lost "
            + "two commanders. Rebels fired back.";
    /** Monday 18 December 2023. */
    static final String DATELINE_WEEKDAY = "KHARTOUM, Dec 18, 2023 - Paramilitaries shelled a market on Sunday. "
            + "Aid workers left the city.";
    static final String DATELINE_ONLY = "KHARTOUM, Dec 18, 2023 - Paramilitaries shelled a market.";
    static final String AGENCY_THEN_LEADING_DAY = "KYIV (Reuters) - On Sunday, drones hit a fuel depot. A fire "
            + "burned for hours.";
    static final String YEARLESS_DATELINE = "YANGON, 14 March (AFP) - Troops burned two villages.";
    static final String DATELINE_YESTERDAY = "KHARTOUM, Dec 18, 2023 - A convoy was ambushed yesterday.";
    static final String NEW_LEADING_DATE = "On November 14, the army shelled the ridge.\n\nOn Sunday, rebels struck back. "
            + "A drone was downed.";

    private static List<EventDate> dates(String body, LocalDate published) {
        return dated(body, published).sentences.stream().map(s -> s.date).toList();
    }

    private static Document dated(String body, LocalDate published) {
        Document doc = new Document(TestReports.of(body, published));
        new SegmentStage(English.splitter()).apply(doc);
        new DatelineStage(new DatelineReader(English.dateFinder())).apply(doc);
        new DateStage(English.dateFinder(), English.pastTimes()).apply(doc);
        return doc;
    }

    private static EventDate day(int y, int m, int d) {
        return EventDate.day(LocalDate.of(y, m, d));
    }

    @Test
    void aLeadingDateCarriesToLaterSentences() {
        assertEquals(List.of(day(2018, 11, 14), day(2018, 11, 14)), dates(LEADING_CARRIES, REPORT_DATE));
    }

    @Test
    void aDateInsideASentenceDoesNotCarry() {
        assertEquals(List.of(day(2018, 11, 20), day(2018, 11, 20)), dates(INSIDE_STAYS, REPORT_DATE));
    }

    @Test
    void theSameDayIsTheLastDateMentioned() {
        assertEquals(day(2018, 11, 10), dates(SAME_DAY_IS_LAST_DATE, REPORT_DATE).get(2));
    }

    @Test
    void aVagueLeadingDateDatesItsOwnSentenceOnly() {
        List<EventDate> d = dates(VAGUE_DOES_NOT_CARRY, REPORT_DATE);
        assertEquals(DatePrecision.WEEK, d.get(1).precision());
        assertEquals(day(2018, 11, 14), d.get(2));
    }

    @Test
    void aNewLeadingDateReplacesTheNarrativesDateAcrossParagraphs() {
        assertEquals(List.of(day(2018, 11, 14), day(2018, 11, 18), day(2018, 11, 18)),
                dates(NEW_LEADING_DATE, REPORT_DATE));
    }

    @Test
    void withoutAReportDateUndatedSentencesAreUnknown() {
        List<EventDate> d = dates(LEADING_CARRIES + " Nothing else.", null);
        assertEquals(new EventDate(null, java.time.MonthDay.of(11, 14), DatePrecision.DAY), d.get(0));
        assertEquals(d.get(0), d.get(2), "the year stays unknown, the day carries");
        assertEquals(EventDate.UNKNOWN, dates(INSIDE_STAYS, null).get(1));
    }

    @Test
    void aDatelineDatesAReportThatHasNoDate() {
        assertEquals(List.of(day(2023, 12, 18), day(2023, 12, 18)), dates(DATELINE_WEEKDAY, null));
        assertEquals(day(2023, 12, 17), dated(DATELINE_WEEKDAY, null).sentences.get(0).dates.get(0).date(),
                "Sunday before the dateline's Monday");
        assertEquals(List.of(day(2023, 12, 18)), dates(DATELINE_ONLY, null));
    }

    @Test
    void theDatelinesDateIsNoDateOfTheStory() {
        Document doc = dated(DATELINE_ONLY, null);
        assertEquals(List.of(), doc.sentences.get(0).dates, "the dateline dates the report, not a clause");
        assertEquals(LocalDate.of(2023, 12, 18), doc.referenceDate());
    }

    @Test
    void aDateRightAfterTheDatelineOpensTheStory() {
        Document doc = dated(AGENCY_THEN_LEADING_DAY, LocalDate.of(2023, 12, 18));
        assertTrue(doc.sentences.get(0).dates.get(0).leading());
        assertEquals(List.of(day(2023, 12, 17), day(2023, 12, 17)), dates(AGENCY_THEN_LEADING_DAY,
                LocalDate.of(2023, 12, 18)));
    }

    @Test
    void aYearlessDatelineKeepsItsDayWithoutInventingAYear() {
        assertEquals(List.of(new EventDate(null, java.time.MonthDay.of(3, 14), DatePrecision.DAY)),
                dates(YEARLESS_DATELINE, null));
    }

    @Test
    void theReportsOwnDateComesBeforeItsDatelines() {
        assertEquals(day(2023, 12, 19),
                dated(DATELINE_YESTERDAY, LocalDate.of(2023, 12, 20)).sentences.get(0).dates.get(0).date());
        assertEquals(day(2023, 12, 17), dated(DATELINE_YESTERDAY, null).sentences.get(0).dates.get(0).date());
    }

    @Test
    void theStageNeedsSentencesAndGivesDates() {
        DateStage stage = new DateStage(English.dateFinder(), English.pastTimes());
        assertEquals(java.util.Set.of(org.sitrep.extract.pipeline.Annotation.SENTENCES,
                org.sitrep.extract.pipeline.Annotation.DATELINE), stage.requires());
        assertEquals(java.util.Set.of(org.sitrep.extract.pipeline.Annotation.DATES), stage.provides());
    }
}
