package org.sitrep.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.English;

class DatelineReaderTest {
    static final String CITY_DATE_YEAR = "KHARTOUM, Dec 18, 2023 - Fighters stormed a police post in the south.";
    static final String CITY_AGENCY = "KYIV (Reuters) - Drones hit a power plant overnight.";
    static final String CITY_DAY_MONTH_AGENCY = "YANGON, 14 March (AFP) - Troops burned two villages.";
    static final String CITY_COUNTRY_AGENCY = "ADEN, Yemen (AP) — Gunmen killed a judge.";
    static final String TWO_WORD_CITY_DASH = "NEW DELHI – Police detained 40 farmers.";
    static final String TITLE_CASE_WITH_DATE = "Bamako, Jan. 7, 2024 - Jihadists ambushed a convoy.";
    static final String TITLE_CASE_ALONE = "Aleppo - the battle goes on, and the city waits.";
    static final String NO_DASH = "KHARTOUM, the capital, was shelled again.";
    static final String NOT_A_DATE = "MOSUL, Iraq's second city - a curfew was imposed.";
    static final String LOWER_CASE_START = "Coalition airstrikes hit Unknown - frontline area near the port.";

    private final DatelineReader reader = new DatelineReader(English.dateFinder());

    @Test
    void aCityWithAFullDateDatesTheReport() {
        Dateline d = reader.read(CITY_DATE_YEAR, 0, null);
        assertEquals("KHARTOUM", d.place());
        assertEquals(EventDate.day(LocalDate.of(2023, 12, 18)), d.date());
        assertEquals(CITY_DATE_YEAR.indexOf("Fighters"), d.end());
    }

    @Test
    void aCityAndAnAgencyGiveNoDate() {
        Dateline d = reader.read(CITY_AGENCY, 0, null);
        assertEquals("KYIV", d.place());
        assertNull(d.date());
        assertEquals(CITY_AGENCY.indexOf("Drones"), d.end());
    }

    @Test
    void aDayBeforeTheMonthTakesTheReportsYearOrStaysYearless() {
        assertEquals(EventDate.day(LocalDate.of(2024, 3, 14)),
                reader.read(CITY_DAY_MONTH_AGENCY, 0, LocalDate.of(2024, 3, 15)).date());
        Dateline yearless = reader.read(CITY_DAY_MONTH_AGENCY, 0, null);
        assertEquals("YANGON", yearless.place());
        assertEquals(MonthDay.of(3, 14), yearless.date().monthDay());
        assertNull(yearless.date().date(), "no year is invented");
    }

    @Test
    void theCountryAfterTheCityIsNotPartOfIt() {
        Dateline d = reader.read(CITY_COUNTRY_AGENCY, 0, null);
        assertEquals("ADEN", d.place());
        assertEquals(CITY_COUNTRY_AGENCY.indexOf("Gunmen"), d.end());
    }

    @Test
    void offsetsAreInTheBody() {
        Dateline d = reader.read(TWO_WORD_CITY_DASH, 100, null);
        assertEquals("NEW DELHI", d.place());
        assertEquals(100, d.placeStart());
        assertEquals(109, d.placeEnd());
    }

    @Test
    void aTitleCaseCityNeedsADateOrAnAgency() {
        assertEquals("Bamako", reader.read(TITLE_CASE_WITH_DATE, 0, null).place());
        assertEquals(EventDate.day(LocalDate.of(2024, 1, 7)), reader.read(TITLE_CASE_WITH_DATE, 0, null).date());
        assertNull(reader.read(TITLE_CASE_ALONE, 0, null), "a headline with a dash");
    }

    @Test
    void sentencesThatAreNoDatelineHaveNone() {
        assertNull(reader.read(NO_DASH, 0, null));
        assertNull(reader.read(NOT_A_DATE, 0, null));
        assertNull(reader.read(LOWER_CASE_START, 0, null));
    }
}
