package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.actor.ActorDictionary;
import org.sitrep.gazetteer.Gazetteers;
import org.sitrep.model.Event;

/**
 * Short agency reports about wars other than Syria's, written for these tests, over the built-in
 * gazetteer (GeoNames cities500): where and when their events happened. Datelines date undated
 * reports and name where they were written, weekdays count back from the report's day, a town the
 * gazetteer holds once is placed in its own country, and platforms and areas are no places.
 */
class WarReportsPlacesTest {
    static final String SUDAN = "KHARTOUM, Dec 18, 2023 - Paramilitary fighters shelled a market in Omdurman on "
            + "Sunday, killing 12 civilians, activists said on Telegram.";
    static final String UKRAINE = "KYIV (Reuters) - A missile struck an apartment block in Kramatorsk on Tuesday, "
            + "killing three people, the governor of Donetsk Oblast said.";
    static final String YEMEN = "ADEN, Jan 9, 2024 - A drone strike hit an oil facility in Marib on Saturday, "
            + "officials said.";
    static final String MYANMAR = "YANGON, 14 March (AFP) - An air strike on the village of Kan Gyi in Chin State "
            + "killed nine people on Monday, a local resistance group said.";
    static final String MALI = "BAMAKO, Feb 5, 2024 - Gunmen attacked a convoy near Gao on Friday, killing seven "
            + "soldiers.";
    static final String BURKINA = "OUAGADOUGOU (AFP) - Jihadists killed 15 civilians in Djibo on Sunday.";

    private static final RuleBasedExtractor EXTRACTOR =
            new RuleBasedExtractor(ActorDictionary.bundled(), Gazetteers.builtin().geocoder());

    private static Event only(String body, LocalDate published) {
        List<Event> events = EXTRACTOR.extract(TestReports.of(body, published));
        assertEquals(1, events.size(), events.toString());
        return events.get(0);
    }

    private static void assertAt(Event e, String place, String country) {
        assertEquals(place, e.location().name(), e.location().toString());
        assertEquals(country, e.location().country(), e.location().rule());
        assertTrue(e.location().placed(), e.location().rule());
    }

    @Test
    void sudanTheDatelinesSundayInOmdurmanNotKhartoumNorTelegram() {
        Event e = only(SUDAN, null);
        assertEquals(LocalDate.of(2023, 12, 17), e.date(), "Sunday before the dateline's Monday");
        assertAt(e, "Omdurman", "Sudan");
    }

    @Test
    void ukraineKramatorskIsTheOnlyPlaceNotKyivNorTheOblast() {
        Event e = only(UKRAINE, LocalDate.of(2023, 12, 21));
        assertEquals(LocalDate.of(2023, 12, 19), e.date());
        assertAt(e, "Kramatorsk", "Ukraine");
    }

    @Test
    void yemenMaribOnTheSaturdayBeforeTheDateline() {
        Event e = only(YEMEN, null);
        assertEquals(LocalDate.of(2024, 1, 6), e.date());
        assertAt(e, "Ma'rib", "Yemen");
    }

    @Test
    void myanmarTheVillageNeitherYangonNorChinState() {
        Event e = only(MYANMAR, LocalDate.of(2024, 3, 14));
        assertEquals(LocalDate.of(2024, 3, 11), e.date());
        assertEquals("Kan Gyi", e.location().name());
        assertFalse(String.valueOf(e.location().rule()).contains("Yangon"), e.location().rule());
    }

    @Test
    void theSahelGaoInMaliAndDjiboInBurkinaFaso() {
        Event mali = only(MALI, null);
        assertEquals(LocalDate.of(2024, 2, 2), mali.date());
        assertAt(mali, "Gao", "Mali");
        Event burkina = only(BURKINA, LocalDate.of(2024, 2, 5));
        assertEquals(LocalDate.of(2024, 2, 4), burkina.date());
        assertAt(burkina, "Djibo", "Burkina Faso");
    }

    @Test
    void anEventPlacedOnlyInTheCountryIsRetoldWhereTheReportPlacesIt() {
        List<Event> events = EXTRACTOR.extract(TestReports.of("Drone strikes killed six fighters in Yemen on "
                + "Tuesday. A drone strike on a vehicle in Marib on Tuesday killed six men.",
                LocalDate.of(2024, 1, 9)));
        assertEquals(1, events.size(), events.toString());
        assertAt(events.get(0), "Ma'rib", "Yemen");
        assertEquals(6, events.get(0).fatalities(), "one strike told twice");
    }

    @Test
    void aVillageFarAbroadThatIsTheGazetteersOnlyEntryIsNoPlaceOfAnotherWar() {
        Event e = only("ADEN, Jan 9, 2024 - Houthi fighters shelled Al Hawl on Saturday, killing two farmers.", null);
        assertFalse("Syria".equals(e.location().country()), e.location().rule());
        Event town = only(UKRAINE, LocalDate.of(2023, 12, 21));
        assertAt(town, "Kramatorsk", "Ukraine");
    }

    @Test
    void workersOfACompanyNamedAfterItsTownProtestInThatTown() {
        assertAt(only("Workers of the Tabriz Tractor Company gathered on Sunday to protest unpaid wages.",
                LocalDate.of(2024, 2, 5)), "Tabriz", "Iran");
        assertAt(only("Employees of Kirkuk Oil Refinery went on strike over late salaries on Monday.",
                LocalDate.of(2024, 2, 5)), "Kirkuk", "Iraq");
        assertAt(only("Nurses of Shahroud Hospital protested their unpaid overtime on Monday.",
                LocalDate.of(2024, 2, 5)), "Shahrud", "Iran");
    }

    @Test
    void aTownSpelledAsWrittenWinsOverABiggerNamesakeSpelledOtherwise() {
        assertAt(only("Militants detonated a roadside bomb against an army patrol in the city of Samarra on "
                + "Monday, wounding two soldiers.", LocalDate.of(2024, 2, 5)), "Samarra'", "Iraq");
    }

    @Test
    void aStateInLowerCaseIsTheRegionNotItsNamesakeCity() {
        Event e = only("Gunmen killed five farmers in Zangon Kataf, Kaduna state, on Monday.", LocalDate.of(2024, 2, 6));
        assertEquals("Kaduna", e.location().admin1(), e.location().rule());
        assertEquals(3, e.location().geoPrecision(), "the village is not in the gazetteer: the state's centre");
        Event town = only("Troops clashed with insurgents in Mafa, Borno state, on Monday.", LocalDate.of(2024, 2, 6));
        assertAt(town, "Mafa", "Nigeria");
    }

    @Test
    void aCountrysPossessiveOnlySaysWhereThePlaceAfterItIs() {
        Event e = only("Drones attacked an oil depot in Russia's Belgorod region on Monday.", LocalDate.of(2024, 2, 6));
        assertEquals("Russia", e.location().country());
        assertTrue(e.location().name().startsWith("Belgorod"), e.location().toString());
    }

    @Test
    void aSmallTownThatIsTheGazetteersOnlyEntryOfItsNameTellsTheWar() {
        Event e = only("Soldiers clashed with jihadists near Menaka on Monday.", LocalDate.of(2024, 2, 6));
        assertAt(e, "Menaka", "Mali");
        assertEquals("Military Forces of Mali", e.actor1().name(), "the army of the town's country");
    }

    @Test
    void aCountrysAdjectiveBeforeTheKindOfAnAreaIsNoPlace() {
        Event e = only("Gunmen attacked a bar in the Mexican state of Guerrero on Monday.", LocalDate.of(2024, 2, 6));
        assertEquals("Mexico", e.location().country(), e.location().toString());
        assertFalse(e.location().mention().contains("Mexican"), e.location().toString());
    }
}
