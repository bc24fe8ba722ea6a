package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.extract.actor.ActorDictionary;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;

/**
 * Short reports about the wars other than Syria's, written for these tests: the actors are the
 * dictionary rows of the war the text is about, with that war's sides and ACLED inter codes, and
 * no Syrian actor or default appears. Places come from a fake gazetteer of Syrian villages, so the
 * war is told by the actors alone.
 */
class OtherWarsTest {
    private static final LocalDate DATE = LocalDate.of(2024, 3, 12);
    private static final RuleBasedExtractor EXTRACTOR =
            new RuleBasedExtractor(ActorDictionary.bundled(), new FakeGeocoder());

    private static List<Event> extract(String body) {
        List<Event> events = EXTRACTOR.extract(TestReports.of(body, DATE));
        assertFalse(events.isEmpty(), body);
        for (Event e : events) {
            for (Actor a : actors(e)) {
                assertFalse(a.name().contains("Syria"), "a Syrian actor in " + body + ": " + e);
            }
        }
        return events;
    }

    private static List<Actor> actors(Event e) {
        List<Actor> out = new java.util.ArrayList<>();
        if (e.actor1() != null) {
            out.add(e.actor1());
        }
        if (e.actor2() != null) {
            out.add(e.actor2());
        }
        return out;
    }

    private static void assertActor(Actor a, String name, String side, int inter) {
        assertEquals(name, a == null ? null : a.name());
        assertEquals(side, a.side());
        assertEquals(inter, a.inter());
    }

    @Test
    void russiaIsTheInvaderInUkraineAndThePoliceAreUkraines() {
        List<Event> events = extract("Russian forces shelled the outskirts of Kupiansk, killing two civilians. "
                + "Later, police detained 14 people in Kupiansk, the Ukrainian army said.");
        assertActor(events.get(0).actor1(), "Russian forces", "russia", 8);
        assertActor(events.get(1).actor1(), "Police Forces of Ukraine", "ukraine", 1);
    }

    @Test
    void russiaStaysOnSyriasGovernmentSideInSyria() {
        Event e = extract("Russian warplanes struck HTS positions near Kafr Ruwayha in northern Hama.").get(0);
        assertActor(e.actor1(), "Russian forces", "government", 8);
    }

    /** One war's report: its first event's actor1 and actor2, each as name, side and inter code. */
    record Case(String war, String text, String name1, String side1, int inter1, String name2, String side2,
                int inter2) {
        @Override
        public String toString() {
            return war;
        }
    }

    static List<Case> wars() {
        return List.of(
                new Case("Sudan", "Fighters of the Rapid Support Forces clashed with the Sudanese army in Omdurman.",
                        "Rapid Support Forces", "rsf", 2, "Sudanese Armed Forces", "saf", 1),
                new Case("Yemen", "Houthi forces shelled positions of the Southern Transitional Council, killing two STC "
                        + "fighters.", "Ansar Allah", "houthi", 1, "Southern Transitional Council", "stc", 3),
                new Case("Iraq", "In Iraq, Iraqi forces and the Peshmerga clashed with Islamic State remnants near "
                        + "Basra, the Kurdistan Regional Government said.", "Iraqi Security Forces", "government", 1,
                        "Islamic State", "isis", 2),
                new Case("Palestine", "Israeli forces raided the Jenin camp and clashed with fighters of the Islamic "
                        + "Jihad.", "Israel Defense Forces", "israel", 1, "Palestinian Islamic Jihad", "palestinian", 2),
                new Case("Lebanon", "Israeli drones struck a Hezbollah post near the border with Lebanon, the Lebanese "
                        + "army said.", "Israel Defense Forces", "israel", 8, "Hezbollah", "hezbollah", 2),
                new Case("Turkey", "In Turkey, soldiers clashed with PKK militants in the mountains of Hakkari province.",
                        "Turkish Armed Forces", "government", 1, "Kurdistan Workers' Party", "pkk", 2),
                // ACLED: at a protest met with force, the protesters are actor1
                new Case("Iran", "Basij militiamen opened fire on protesters in Zahedan, killing four.",
                        "Protesters", "protesters", 6, "Basij", "government", 1),
                new Case("Sahel", "JNIM militants attacked a post of the Malian army near Boni, killing seven soldiers.",
                        "JNIM", "jnim", 2, "Military Forces of Mali", "government", 1),
                new Case("Nigeria", "ISWAP fighters ambushed Nigerian troops near the lake, killing five soldiers.",
                        "Islamic State", "isis", 2, "Military Forces of Nigeria", "government", 1),
                new Case("Nigeria's north-west", "Armed bandits clashed with vigilantes of the CJTF in a village.",
                        "Bandits", "bandits", 3, "Civilian Joint Task Force", "government", 3),
                new Case("Somalia", "Somali troops backed by AMISOM clashed with al-Shabaab fighters near the river.",
                        "Military Forces of Somalia", "government", 1, "Al Shabaab", "shabaab", 2));
    }

    @ParameterizedTest
    @MethodSource("wars")
    void eachWarsActorsHaveItsSidesAndInterCodes(Case c) {
        Event e = extract(c.text()).get(0);
        assertActor(e.actor1(), c.name1(), c.side1(), c.inter1());
        assertActor(e.actor2(), c.name2(), c.side2(), c.inter2());
    }

    @Test
    void theArakanArmyTakingATownIsNoGovernmentGain() {
        Event e = extract("The Arakan Army captured the town of Paletwa after weeks of fighting.").get(0);
        assertActor(e.actor1(), "Arakan Army", "eao", 2);
        assertEquals("Non-state actor overtakes territory", e.subEventType());
    }

    @Test
    void aJuntaAirStrikeIsMyanmarsMilitaryWhenTheTextIsAboutMyanmar() {
        Event e = extract("A junta air strike hit a village held by the People's Defence Force, killing five "
                + "civilians.").get(0);
        assertActor(e.actor1(), "Military Forces of Myanmar", "junta", 1);
    }

    @Test
    void theArmyOfACountryNoDictionaryCoversIsThatCountrysForces() {
        Event e = extract("In Mozambique, the army clashed with insurgents near a village.").get(0);
        assertActor(e.actor1(), "Military Forces of Mozambique", "government", 1);
    }

    @Test
    void rebelsOfAWarNoTextNamesAreNoWarsRebelsButSyriasInSyria() {
        assertActor(extract("Rebel fighters ambushed an army convoy on the road to the mines, killing four soldiers.")
                .get(0).actor1(), "Rebels", "opposition", 2);
        assertActor(extract("Rebels attacked a police post near the border crossing overnight.").get(0).actor1(),
                "Rebels", "opposition", 2);
        // in Syria the same words are Syria's rebels, a holder named as "rebel-held" too
        List<Event> syria = EXTRACTOR.extract(TestReports.of(
                "The Syrian army seized the road into rebel-held Tal Sukkar on Monday.", DATE));
        assertActor(syria.get(0).actor2(), "Syrian opposition", "opposition", 2);
        assertActor(EXTRACTOR.extract(TestReports.of("Rebels shelled the Syrian army in Tal Sukkar on Monday.", DATE))
                .get(0).actor1(), "Syrian opposition", "opposition", 2);
    }

    @Test
    void whoeverHitsAMineIsItsVictimNotItsLayer() {
        Event e = extract("In Mali, five soldiers were killed when their vehicle hit a landmine near the market town.")
                .get(0);
        assertEquals("Remote explosive/landmine/IED", e.subEventType());
        assertActor(e.actor1(), "Unidentified armed group", "unidentified", 3);
        assertActor(e.actor2(), "Military Forces of Mali", "government", 1);
        assertEquals(5, e.fatalities());
    }

    @Test
    void whoeverHitsARoadsideBombIsItsVictimButWhoeverSetsOneOffIsItsAttacker() {
        for (String s : List.of("In Mali, two soldiers were wounded when their vehicle hit a roadside bomb near the market town.",
                "In Mali, an army truck struck an explosive device near the market town, killing three soldiers.",
                "In Mali, an army patrol ran over an IED near the market town.",
                "In Mali, an army patrol triggered a landmine near the market town.")) {
            Event e = extract(s).get(0);
            assertEquals("Remote explosive/landmine/IED", e.subEventType(), s);
            assertActor(e.actor1(), "Unidentified armed group", "unidentified", 3);
            assertActor(e.actor2(), "Military Forces of Mali", "government", 1);
        }
        Event planted = extract("In Mali, JNIM militants set off a bomb near an army post in the market town.").get(0);
        assertEquals("Remote explosive/landmine/IED", planted.subEventType());
        assertEquals("JNIM", planted.actor1().name());
    }

    @Test
    void aDemonstrationThatTurnsViolentIsOneViolentDemonstration() {
        for (String s : List.of("In Sudan, hundreds of protesters marched through the market town and clashed with police.",
                "In Sudan, protesters rallied in the market town before throwing stones at police.",
                "In Sudan, protesters clashed with police in the market town; two demonstrators were shot dead.")) {
            List<Event> events = extract(s);
            assertEquals(1, events.stream().filter(e -> e.eventType().equals("Protests")
                    || e.eventType().equals("Riots")).count(), s + " " + events);
            assertEquals("Violent demonstration", events.get(0).subEventType(), s);
        }
        List<Event> twoTowns = extract("In Sudan, protesters marched in Kassala while others clashed with police in Atbara.");
        assertEquals(List.of("Peaceful protest", "Violent demonstration"),
                twoTowns.stream().map(Event::subEventType).sorted().toList(), "a demonstration elsewhere stays its own");
    }

    @Test
    void aRaidToArrestIsTheArrestsNotAnAirStrike() {
        for (String s : List.of("In Sudan, police arrested 12 young men in a raid on the market town.",
                "In Sudan, security forces detained five suspects during raids on homes in the market town.")) {
            List<Event> events = extract(s);
            assertEquals(List.of("Arrests"), events.stream().map(Event::subEventType).toList(), s);
        }
        List<Event> fromTheAir = extract("In Sudan, warplanes carried out raids on the market town, and police arrested 3 men.");
        assertTrue(fromTheAir.stream().anyMatch(e -> e.subEventType().equals("Air/drone strike")), fromTheAir.toString());
    }

    @Test
    void aCountryNoDictionaryCoversIsNamedAsAcledNamesIt() {
        Event e = extract("In the Democratic Republic of Congo, the army clashed with rebels near a mining town.").get(0);
        assertActor(e.actor1(), "Military Forces of Democratic Republic of Congo", "government", 1);
    }

    @Test
    void thePoliticalOppositionIsNoArmedGroup() {
        Event e = extract("In Zimbabwe, police arrested 45 opposition activists near the market town.").get(0);
        assertEquals("Arrests", e.subEventType());
        assertActor(e.actor2(), "Civilians", "civilians", 7);
        assertActor(extract("In Kenya, police dispersed opposition supporters with tear gas near the market town.")
                .get(0).actor2(), "Civilians", "civilians", 7);
    }

    @Test
    void theCoalitionIsTheSaudiLedOneInYemenAndTheUsLedOneInIraq() {
        assertActor(extract("Coalition airstrikes hit Houthi positions in the east of the district.").get(0).actor1(),
                "Saudi-led coalition", "coalition", 8);
        assertActor(extract("Houthi fighters were struck by the coalition overnight, two of them killed.").get(0)
                .actor1(), "Saudi-led coalition", "coalition", 8);
        assertActor(extract("In Iraq, coalition warplanes struck Islamic State hideouts, killing six militants.")
                .get(0).actor1(), "US-led coalition", "us_coalition", 8);
    }

    @Test
    void warplanesNoTextAttributesAreTheWarsOwnOrNobodysNotSyrias() {
        // Yemen's file says whose air strikes they are there
        Event yemen = extract("Warplanes bombed a Houthi checkpoint, killing three fighters.").get(0);
        assertEquals("Saudi-led coalition", yemen.actor1().parent());
        // a war whose file does not: unattributed, on no side of the Syrian war
        Event unknown = extract("Unidentified warplanes bombed a village near the market town, killing four.").get(0);
        assertActor(unknown.actor1(), "Unattributed warplanes", "unidentified", 8);
        assertEquals(null, unknown.actor1().parent());
    }

    @Test
    void anAirStrikeNoTextAttributesIsTheWarsWarplanesNotAnArmedGroup() {
        Event yemen = extract("Air strikes hit a Houthi checkpoint, killing three fighters.").get(0);
        assertEquals("Unattributed warplanes", yemen.actor1().name(), yemen.toString());
        assertEquals("Saudi-led coalition", yemen.actor1().parent());
        Event unknown = extract("Air strikes hit a bridge near the market town, killing four.").get(0);
        assertActor(unknown.actor1(), "Unattributed warplanes", "unidentified", 8);
    }

    @Test
    void alQaedaInYemenIsAqapAndTellsNoWarByItself() {
        Event e = extract("Al-Qaeda militants attacked a Houthi checkpoint and killed two guards.").get(0);
        assertActor(e.actor1(), "Al Qaeda in the Arabian Peninsula", "aqap", 2);
        assertActor(extract("Two soldiers were killed when al-Qaeda militants stormed a Houthi checkpoint.").get(0)
                .actor1(), "Al Qaeda in the Arabian Peninsula", "aqap", 2);
    }

    @Test
    void yemensSidesAreNamedByWhomTheyBackOrOppose() {
        Event shelled = extract("Pro-Houthi fighters shelled pro-Hadi troops near the port, killing two.").get(0);
        assertActor(shelled.actor1(), "Ansar Allah", "houthi", 1);
        assertActor(shelled.actor2(), "Military Forces of Yemen (2012-)", "government", 1);
        Event taken = extract("On Monday anti-Houthi fighters captured Wadi Harran, their commander said.").get(0);
        assertActor(taken.actor1(), "Military Forces of Yemen (2012-)", "government", 1);
        assertEquals("Government regains territory", taken.subEventType());
    }

    @Test
    void aSomaliOrANigerianIsAPersonNotTheArmy() {
        for (Event e : extract("Gunmen killed two Somali migrants and a Nigerian trader near Basra.")) {
            for (Actor a : actors(e)) {
                assertFalse(a.name().startsWith("Military Forces"), "a national named is no state force: " + e);
            }
        }
    }
}
