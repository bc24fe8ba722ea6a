package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.actor.ActorDictionary;
import org.sitrep.model.Event;
import org.sitrep.model.SourceMap;

/** The whole extractor over the fake geocoder's invented places, on invented report sentences. */
class RuleBasedExtractorTest {
    static final LocalDate REPORT_DATE = LocalDate.of(2018, 11, 20);
    static final String OUTLET = TestReports.OUTLET;
    static final String GOVERNMENT_REGAINS = "Government regains territory";
    static final String NON_STATE_OVERTAKES = "Non-state actor overtakes territory";
    static final String ARMED_CLASH = "Armed clash";
    static final String SAA = "Syrian Arab Army";
    static final String HTS = "Hay'at Tahrir al-Sham";

    static final String GOVERNMENT_LIST = "On November 14, the Syrian Arab Army liberated the villages of Tal Sukkar, "
            + "Kafr Ruwayha and Khirbat Jalal in northern Hama.";
    static final String REBEL_LIST = "On November 14, HTS militants captured the villages of Tal Sukkar and "
            + "Kafr Ruwayha in northern Hama.";
    static final String ENTERED = "On Monday, the SAA entered Ayn Dalfa in northern Hama.";
    static final String FIGHTING_ONGOING = ENTERED + " An intense fighting is ongoing in the village.";
    static final String FAILED = "On Monday, HTS failed to capture Tal Sukkar in northern Hama.";
    static final String DENIED = "On November 14, the SAA denied that HTS had captured Tal Sukkar in northern Hama.";
    static final String TWO_CLAIMS = "On November 14, SANA reported that the SAA killed 20 HTS militants in Tal Sukkar "
            + "in northern Hama. HTS claimed that 9 SAA soldiers were killed in Tal Sukkar.";
    static final String OPINION_AND_INTENT = "The real goal of the offensive is to capture Kafr Ruwayha. The army is "
            + "preparing to capture Tal Sukkar in northern Hama. This threat should be eliminated.";
    static final String PROTEST_ABROAD = "In Iraq, police fired tear gas at protesters in Basra.";
    static final String GUNMEN = "Unidentified gunmen killed a farmer near Ayn Dalfa in northern Hama.";
    static final String ROADSIDE_BOMB = "A roadside bomb exploded near Kafr Ruwayha in northern Hama.";
    static final String REPELLED = "On Monday, SDF fighters repelled an attack by ISIS on Marj Hilal in eastern Deir Ezzor.";
    static final String LOSSES = "On November 14, the SAA clashed with HTS in Tal Sukkar in northern Hama. HTS lost "
            + "35 fighters, two battle tanks and a BMP-1 vehicle.";
    static final String LEADING_DATE_CARRIES = "On November 14, the SAA shelled Tal Sukkar in northern Hama. "
            + "HTS fighters attacked army positions in Kafr Ruwayha.";
    static final String SPLIT_NOTE = "On November 14, the SAA clashed with HTS in Tal Sukkar in northern Hama, "
            + "killing 12 militants. Fatalities coded as 12 and split between the 3 locations, with Tal Sukkar "
            + "allocated 4.";
    static final String INNER_DATE_STAYS = "HTS captured Kafr Ruwayha in northern Hama on November 10. "
            + "HTS fighters attacked army positions in Ayn Dalfa.";

    /** As saved from the web: markup the reader strips, and the clean body it leaves. */
    static final String ORIGINAL = "**On November 14**, the SAA captured [Tal Sukkar](#) in northern Hama.\n\n"
            + "*HTS* fighters attacked army positions in [Kafr Ruwayha](#).";

    private static final RuleBasedExtractor EXTRACTOR =
            new RuleBasedExtractor(ActorDictionary.bundled(), new FakeGeocoder());

    static List<Event> extract(String body) {
        return EXTRACTOR.extract(TestReports.of(body, REPORT_DATE));
    }

    private static Event only(String body) {
        List<Event> events = extract(body);
        assertEquals(1, events.size(), body + "\n" + events);
        return events.get(0);
    }

    private static String actor1(Event e) {
        return e.actor1() == null ? null : e.actor1().name();
    }

    private static String actor2(Event e) {
        return e.actor2() == null ? null : e.actor2().name();
    }

    @Test
    void theStagesRunInTheirDeclaredOrder() {
        assertEquals(List.of("segment", "dateline", "actors", "attribution", "dates", "casualties", "triggers", "places", "events",
                "allocation", "merge"), EXTRACTOR.stages());
    }

    @Test
    void eachCapturedVillageIsOneChangeOfControlByTheGovernment() {
        List<Event> events = extract(GOVERNMENT_LIST);
        assertEquals(List.of(FakeGeocoder.TAL_SUKKAR_HAMA, FakeGeocoder.KAFR_RUWAYHA, FakeGeocoder.KHIRBAT_JALAL),
                events.stream().map(e -> e.location().placeId()).toList());
        for (Event e : events) {
            assertEquals(GOVERNMENT_REGAINS, e.subEventType());
            assertEquals("Battles", e.eventType());
            assertEquals(SAA, actor1(e));
            assertEquals(LocalDate.of(2018, 11, 14), e.date());
            assertEquals("Syria", e.country());
            assertTrue(e.isTerritorial());
        }
    }

    @Test
    void aNonStateTakerOvertakesTerritory() {
        List<Event> events = extract(REBEL_LIST);
        assertEquals(2, events.size(), events.toString());
        for (Event e : events) {
            assertEquals(NON_STATE_OVERTAKES, e.subEventType());
            assertEquals(HTS, actor1(e));
            assertEquals("opposition", e.actor1().side());
        }
    }

    @Test
    void enteringIsAChangeOfControlUnlessFightingGoesOn() {
        assertEquals(GOVERNMENT_REGAINS, only(ENTERED).subEventType());
        Event e = only(FIGHTING_ONGOING);
        assertEquals(ARMED_CLASH, e.subEventType());
        assertFalse(e.isTerritorial());
        assertEquals(FakeGeocoder.AYN_DALFA, e.location().placeId());
        assertEquals(LocalDate.of(2018, 11, 19), e.date(), "On Monday: the Monday before the Tuesday report");
    }

    @Test
    void aNominalActIsAnEventOfItsOwnWhenNothingWasToldBefore() {
        Event e = only("As a result of the shelling of Ayn Dalfa in northern Hama, three civilians were killed.");
        assertEquals("Shelling/artillery/missile attack", e.subEventType());
        assertEquals(3, e.fatalities());
        Event first = only("On Monday, the SAA shelled Ayn Dalfa in northern Hama. "
                + "During the shelling, three civilians were killed.");
        assertEquals(3, first.fatalities(), "the losses of the shelling told before, not a second event");
    }

    @Test
    void aFailedCaptureIsABattleNotAChangeOfControl() {
        Event e = only(FAILED);
        assertEquals(ARMED_CLASH, e.subEventType());
        assertEquals(HTS, actor1(e));
    }

    @Test
    void aDeniedCaptureChangesNoControl() {
        for (Event e : extract(DENIED)) {
            assertFalse(e.isTerritorial() && !"denied".equals(e.attribution().modality()), e.toString());
        }
    }

    @Test
    void eachSourcesClaimIsKeptApart() {
        List<Event> events = extract(TWO_CLAIMS);
        assertEquals(2, events.size(), events.toString());
        Event sana = events.get(0);
        assertEquals("SANA", sana.attribution().source());
        assertEquals("reported", sana.attribution().modality());
        assertEquals(20, sana.fatalities());
        Event hts = events.get(1);
        assertEquals("HTS", hts.attribution().source());
        assertEquals("claimed", hts.attribution().modality());
        assertEquals(9, hts.fatalities());
        assertEquals(sana.location().placeId(), hts.location().placeId());
    }

    @Test
    void theNarratorSpeaksForUnattributedEvents() {
        Event e = only(ENTERED);
        assertEquals(OUTLET, e.attribution().source());
        assertEquals("asserted", e.attribution().modality());
    }

    @Test
    void opinionAndIntentAreNoEvents() {
        assertEquals(List.of(), extract(OPINION_AND_INTENT));
    }

    @Test
    void aProtestBrokenUpWithTearGasAbroad() {
        Event e = only(PROTEST_ABROAD);
        assertEquals("Protest with intervention", e.subEventType());
        assertEquals("Protests", e.eventType());
        assertEquals("Iraq", e.country());
        assertEquals(FakeGeocoder.BASRA_CITY, e.location().placeId());
        assertTrue(List.of(actor1(e), actor2(e)).contains("Protesters"), e.toString());
    }

    @Test
    void anUnnamedAttackerIsUnidentified() {
        Event gunmen = only(GUNMEN);
        assertEquals("Attack", gunmen.subEventType());
        assertEquals("unidentified", gunmen.actor1().side());
        assertEquals("civilians", gunmen.actor2().side());
        Event bomb = only(ROADSIDE_BOMB);
        assertEquals("Remote explosive/landmine/IED", bomb.subEventType());
        assertEquals("Unidentified armed group", actor1(bomb));
        assertEquals("unidentified", bomb.actor1().side());
    }

    @Test
    void aRepelledAttackIsTheAttackersBattle() {
        Event e = only(REPELLED);
        assertEquals(ARMED_CLASH, e.subEventType());
        assertEquals("Islamic State", actor1(e));
        assertEquals("Syrian Democratic Forces", actor2(e));
        assertEquals(FakeGeocoder.MARJ_HILAL, e.location().placeId());
    }

    @Test
    void lossesInTheNextSentenceGoToTheBattle() {
        Event e = only(LOSSES);
        assertEquals(ARMED_CLASH, e.subEventType());
        assertEquals(SAA, actor1(e));
        assertEquals(HTS, actor2(e));
        assertEquals(35, e.fatalities());
        assertEquals(List.of("2 battle tanks", "1 BMP-1 vehicle"), e.materiel());
    }

    @Test
    void aCodersSplitGivesTheReportsEventItsOwnShare() {
        Event e = only(SPLIT_NOTE);
        assertEquals(FakeGeocoder.TAL_SUKKAR_HAMA, e.location().placeId());
        assertEquals(4, e.fatalities());
    }

    @Test
    void aShareOfMoreDeathsAddsToWhatTheEventsOwnSentenceTold() {
        List<Event> events = extract("On November 14, the SAA shelled Tal Sukkar in northern Hama, killing 5 civilians. "
                + "Shelling killed 3 more civilians in Tal Sukkar, Kafr Ruwayha and Ayn Dalfa, with the 3 fatalities "
                + "split evenly between the 3 locations.");
        assertEquals(6, events.stream().mapToInt(Event::fatalities).sum(), events.toString());
    }

    @Test
    void deathsSpreadAcrossEventsAreSharedByTheirPlaces() {
        List<Event> events = extract("On November 14, the SAA shelled Tal Sukkar and Kafr Ruwayha in northern Hama, "
                + "killing 8 civilians. Fatalities spread evenly across events.");
        assertEquals(4, events.stream().mapToInt(Event::fatalities).sum(), events.toString());
    }

    @Test
    void aFightBackedByWarplanesIsStillAFight() {
        Event e = only("On Monday, SDF fighters backed by coalition warplanes clashed with ISIS in Marj Hilal in "
                + "eastern Deir Ezzor.");
        assertEquals(ARMED_CLASH, e.subEventType());
    }

    @Test
    void aRaidByRebelsIsAGroundAttackAndOneByWarplanesAnAirStrike() {
        Event ground = only("On Monday, HTS fighters conducted a raid on government checkpoints near Tal Sukkar.");
        assertEquals(ARMED_CLASH, ground.subEventType());
        Event air = only("On Monday, Russian jets carried out raids on Tal Sukkar.");
        assertEquals("Air/drone strike", air.subEventType());
    }

    @Test
    void aKillingByAnAirForceIsAnAirStrikeAndAFightFledIsNoneOfIt() {
        Event aerospace = only("On Monday, the Russian Aerospace Forces killed 40 IS militants near Tal Sukkar.");
        assertEquals("Air/drone strike", aerospace.subEventType());
        assertEquals(40, aerospace.fatalities());
        Event fleeing = only("On Monday, jets killed 12 civilians fleeing the fighting in Tal Sukkar.");
        assertEquals("Air/drone strike", fleeing.subEventType());
        assertEquals(12, fleeing.fatalities());
    }

    @Test
    void aMortarOrRocketAttackIsShellingNotAClash() {
        Event e = only("On Monday, rebels launched a rocket attack on army barracks in Ayn Dalfa, killing three soldiers.");
        assertEquals("Shelling/artillery/missile attack", e.subEventType());
        assertEquals(3, e.fatalities());
    }

    @Test
    void anIedAttackThatKillsSoldiersIsAnExplosionNotAClash() {
        Event passive = only("On Monday, one policeman was killed in an IED attack near Kafr Ruwayha.");
        assertEquals("Remote explosive/landmine/IED", passive.subEventType());
        assertEquals(1, passive.fatalities());
        assertEquals("Remote explosive/landmine/IED",
                only("On Monday, an IED attack by IS killed two soldiers near Kafr Ruwayha.").subEventType());
    }

    @Test
    void vehiclesToldDestroyedInThePassiveAreAStrikeOnThem() {
        assertEquals("Shelling/artillery/missile attack",
                only("On Monday, three army vehicles were reportedly destroyed by HTS near Kafr Ruwayha.").subEventType());
        assertEquals("Shelling/artillery/missile attack",
                only("On Monday, a bulldozer belonging to the SAA was destroyed near Kafr Ruwayha.").subEventType());
        assertEquals("Shelling/artillery/missile attack",
                only("On Monday, HTS destroyed three army vehicles near Kafr Ruwayha.").subEventType());
    }

    @Test
    void soldiersGunnedDownOrComingUnderFireAreAFight() {
        Event gunned = only("On Monday, two SAA soldiers were gunned down by HTS snipers near Kafr Ruwayha.");
        assertEquals(ARMED_CLASH, gunned.subEventType());
        assertEquals(2, gunned.fatalities());
        assertEquals(ARMED_CLASH, only("On Monday, SAA troops came under heavy fire near Kafr Ruwayha.").subEventType());
        assertEquals(ARMED_CLASH, only("On Monday, an SAA patrol went under fire near Kafr Ruwayha.").subEventType());
    }

    @Test
    void sniperFireThatKillsACivilianIsAnAttackOnCiviliansAndOnAFighterAFight() {
        assertEquals("Attack", only("On Monday, a shepherd was killed by army sniper fire near Kafr Ruwayha.")
                .subEventType());
        assertEquals(ARMED_CLASH, only("On Monday, sniper fire from army posts killed an opposition fighter near Kafr "
                + "Ruwayha.").subEventType());
    }

    @Test
    void strikesOnAPlaceAreAirStrikesAndMissileStrikesShelling() {
        assertEquals("Air/drone strike", only("On Monday, Turkish strikes on Marj Hilal killed five SDF fighters.")
                .subEventType());
        assertEquals("Shelling/artillery/missile attack", only("On Monday, missile strikes on Marj Hilal killed two "
                + "civilians.").subEventType());
        assertEquals("Shelling/artillery/missile attack", only("On Monday, missile strikes against Marj Hilal wounded "
                + "four civilians.").subEventType());
    }

    @Test
    void aLeadingDateCarriesToTheNextSentencesEvents() {
        List<Event> events = extract(LEADING_DATE_CARRIES);
        assertEquals(2, events.size(), events.toString());
        assertEquals(LocalDate.of(2018, 11, 14), events.get(0).date());
        assertEquals(LocalDate.of(2018, 11, 14), events.get(1).date());
        assertEquals("day", events.get(1).datePrecision());
    }

    @Test
    void aDateInsideASentenceDatesOnlyItsOwnEvent() {
        List<Event> events = extract(INNER_DATE_STAYS);
        assertEquals(2, events.size(), events.toString());
        assertEquals(LocalDate.of(2018, 11, 10), events.get(0).date());
        assertEquals(REPORT_DATE, events.get(1).date());
    }

    @Test
    void withoutAReportDateTheYearStaysUnknown() {
        List<Event> events = EXTRACTOR.extract(TestReports.of(GOVERNMENT_LIST, null));
        assertEquals(3, events.size());
        for (Event e : events) {
            assertNull(e.date());
            assertEquals("--11-14", e.monthDay());
            assertEquals("day", e.datePrecision());
        }
    }

    @Test
    void evidenceOffsetsPointIntoTheOriginalText() {
        Stripped s = Stripped.of(ORIGINAL, "**", "](#)", "[", "*");
        List<Event> events = EXTRACTOR.extract(TestReports.of(s.body(), REPORT_DATE, s.map()));
        assertEquals(2, events.size(), events.toString());
        Event first = events.get(0);
        assertEquals("On November 14, the SAA captured Tal Sukkar in northern Hama.", first.evidence().text());
        assertEquals("On November 14**, the SAA captured [Tal Sukkar](#) in northern Hama.",
                ORIGINAL.substring(first.evidence().start(), first.evidence().end()));
        Event second = events.get(1);
        assertEquals("HTS fighters attacked army positions in Kafr Ruwayha.", second.evidence().text());
        assertEquals("HTS* fighters attacked army positions in [Kafr Ruwayha](#).",
                ORIGINAL.substring(second.evidence().start(), second.evidence().end()));
    }

    @Test
    void anEmptyReportHasNoEvents() {
        assertEquals(List.of(), extract(""));
    }

    @Test
    void extractionIsRepeatable() {
        assertEquals(extract(GOVERNMENT_LIST + "\n\n" + TWO_CLAIMS), extract(GOVERNMENT_LIST + "\n\n" + TWO_CLAIMS));
    }

    // ---- known bugs, kept as cases for the rule writer

    @Test
    void aSentenceOpeningWithTheAndAnAcronymStillTellsItsEvent() {
        Event e = only("The SAA shelled Tal Sukkar in northern Hama.");
        assertEquals("Shelling/artillery/missile attack", e.subEventType());
    }

    @Test
    void theDefenderOfARepelledAttackIsKeptWithoutALeadingDate() {
        Event e = only("The SDF repelled an ISIS attack on Marj Hilal in eastern Deir Ezzor.");
        assertEquals("Syrian Democratic Forces", actor2(e));
    }

    @Test
    void theDayOfTheMonthIsNoCountOfPeople() {
        for (Event e : extract(REBEL_LIST)) {
            assertNull(e.prisoners(), e.toString());
        }
    }

    @Test
    void anAttributedSourceIsNoPlace() {
        Event e = only("According to SANA, the SAA killed 20 HTS militants near Tal Sukkar in northern Hama.");
        assertEquals(FakeGeocoder.TAL_SUKKAR_HAMA, e.location().placeId());
    }

    @Test
    void peopleWhoProtestAreProtesters() {
        assertEquals("Protesters", actor1(only("Hundreds of people protested in Basra against power cuts.")));
    }

    @Test
    void protestersAreActorOneOfAProtest() {
        Event e = only(PROTEST_ABROAD);
        assertEquals("Protesters", actor1(e));
    }

    @Test
    void theVictimOfAnAmbushByAnUnknownGroupIsNotTheAttacker() {
        Event e = only("On Monday, Ansar al-Wadi fighters ambushed an army patrol near Kafr Ruwayha in northern Hama.");
        assertNotNull(e.actor2(), e.toString());
        assertEquals(SAA, actor2(e));
    }

    @Test
    void killingAFarmerIsOneDeath() {
        assertEquals(1, only(GUNMEN).fatalities());
    }

    @Test
    void theClaimantIsNotTheLoser() {
        Event hts = extract(TWO_CLAIMS).get(1);
        assertEquals(SAA, actor2(hts));
    }

    /** A text with markup removed, and for each remaining character its offset in the original. */
    record Stripped(String body, SourceMap map) {
        static Stripped of(String original, String... markers) {
            StringBuilder body = new StringBuilder();
            int[] origin = new int[original.length()];
            int i = 0;
            outer:
            while (i < original.length()) {
                for (String m : markers) {
                    if (original.startsWith(m, i)) {
                        i += m.length();
                        continue outer;
                    }
                }
                origin[body.length()] = i;
                body.append(original.charAt(i));
                i++;
            }
            return new Stripped(body.toString(),
                    new SourceMap(java.util.Arrays.copyOf(origin, body.length()), original.length()));
        }
    }
}
