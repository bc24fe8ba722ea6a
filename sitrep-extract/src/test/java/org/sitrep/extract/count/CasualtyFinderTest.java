package org.sitrep.extract.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.English;

class CasualtyFinderTest {
    static final String AT_LEAST = "At least 30 HTS members, including 3 field commanders, were killed in the clashes.";
    static final String DOZENS = "Dozens of soldiers were killed when the convoy was ambushed.";
    static final String TENS = "Tens of militants were killed in the counter-attack.";
    static final String INJURED_ONLY = "The shelling injured 7 civilians in the market.";
    static final String KILLED_AND_INJURED = "The attack killed 3 people and injured 9 others.";
    static final String MOTHER_AND_CHILD = "The airstrike hit a house, killing a woman and her child.";
    static final String RANGE = "Between 7 and 10 people were killed in the raid.";
    static final String NO_FATALITIES = "No fatalities reported.";
    static final String NO_CASUALTIES = "There were no casualties.";
    static final String TAKEN_PRISONER = "Nine soldiers were taken prisoner near the dam.";
    static final String CAPTURED_OBJECT = "The rebels captured 4 soldiers at the checkpoint.";
    static final String MATERIEL = "The militants lost 35 fighters, two battle tanks and a BMP-1 vehicle.";
    static final String DESTROYED = "The army destroyed 3 technicals and killed 12 militants.";
    static final String CIVILIAN_AND_SOLDIERS = "Two soldiers and a civilian were killed.";
    static final String HYPHENATED_NUMBER = "Twenty-five militants were killed.";
    static final String A_NUMBER_OF = "A number of militants were killed.";
    static final String BODIES = "The bodies of 9 soldiers were found near the road.";
    static final String CODED = "Fatalities coded as 10 and split between the 3 locations.";
    static final String SINGLE = "A civilian was killed by a sniper in the old city.";
    static final String NOTHING = "The army sent reinforcements to the front.";

    private final CasualtyFinder finder = English.casualtyFinder();

    @Test
    void theConservativeFigureAndPartsNotAddedTwice() {
        Casualties c = finder.find(AT_LEAST);
        assertEquals(30, c.fatalities());
        assertFalse(c.civilianVictims());
        assertFalse(c.coded());
    }

    @Test
    void vagueMultitudesFollowAcledConventions() {
        assertEquals(12, finder.find(DOZENS).fatalities());
        assertEquals(10, finder.find(TENS).fatalities());
        assertNull(finder.find(A_NUMBER_OF).fatalities(), "'a number of' is no count");
    }

    @Test
    void aYearAfterAWordOfTimeIsNoCount() {
        assertNotEquals(Integer.valueOf(2015),
                finder.find("Officials said in 2015 the commander had been killed.").fatalities());
        assertNotEquals(Integer.valueOf(2011), finder.find("Since 2011 dozens were killed in the valley.").fatalities());
        assertNotEquals(Integer.valueOf(2014), finder.find("Until 2014 the fighters were killed by mines.").fatalities());
        // a count that happens to be a number like a year is still a count
        assertEquals(2016, finder.find("A total of 2016 people were killed in the siege.").fatalities());
    }

    @Test
    void peopleBeheadedOrLynchedAreDead() {
        assertEquals(3, finder.find("Militants beheaded three men accused of theft in the village.").fatalities());
        assertEquals(2, finder.find("A mob lynched two men near the market.").fatalities());
    }

    @Test
    void injuriesAreNotDeaths() {
        Casualties c = finder.find(INJURED_ONLY);
        assertNull(c.fatalities());
        assertEquals(7, c.injured());
        assertTrue(c.civilianVictims());
        Casualties both = finder.find(KILLED_AND_INJURED);
        assertEquals(3, both.fatalities());
        assertEquals(9, both.injured());
    }

    @Test
    void aWomanAndHerChildAreTwo() {
        Casualties c = finder.find(MOTHER_AND_CHILD);
        assertEquals(2, c.fatalities());
        assertTrue(c.civilianVictims());
    }

    @Test
    void aRangeCountsItsLowerFigure() {
        assertEquals(7, finder.find(RANGE).fatalities());
    }

    @Test
    void noFatalitiesIsZeroNotUnknown() {
        assertEquals(0, finder.find(NO_FATALITIES).fatalities());
        assertEquals(0, finder.find(NO_CASUALTIES).fatalities());
        assertNull(finder.find(NOTHING).fatalities(), "a sentence about something else says nothing of deaths");
        assertFalse(finder.find(NOTHING).saysAnything());
    }

    @Test
    void prisonersAreKeptApart() {
        Casualties c = finder.find(TAKEN_PRISONER);
        assertNull(c.fatalities());
        assertEquals(9, c.prisoners());
        assertEquals(4, finder.find(CAPTURED_OBJECT).prisoners());
    }

    @Test
    void materielLossesAreListedWithTheirCounts() {
        Casualties c = finder.find(MATERIEL);
        assertEquals(35, c.fatalities());
        assertEquals(List.of("2 battle tanks", "1 BMP-1 vehicle"), c.materiel());
        Casualties d = finder.find(DESTROYED);
        assertEquals(12, d.fatalities());
        assertEquals(List.of("3 technicals"), d.materiel());
    }

    @Test
    void countsOfSeveralGroupsAddUp() {
        Casualties c = finder.find(CIVILIAN_AND_SOLDIERS);
        assertEquals(3, c.fatalities());
        assertTrue(c.civilianVictims());
    }

    @Test
    void numberWordsAndBodiesCount() {
        assertEquals(25, finder.find(HYPHENATED_NUMBER).fatalities());
        assertEquals(9, finder.find(BODIES).fatalities());
        assertEquals(1, finder.find(SINGLE).fatalities());
        assertTrue(finder.find(SINGLE).civilianVictims());
    }

    @Test
    void aSourcesCodedTotalIsTakenAsGiven() {
        Casualties c = finder.find(CODED);
        assertEquals(10, c.fatalities());
        assertTrue(c.coded());
    }

    @Test
    void theKilledAndTheAbductedAreKeptApart() {
        Casualties c = finder.find("Four policemen were killed and 3 others were abducted.");
        assertEquals(4, c.fatalities());
        assertEquals(3, c.prisoners());
    }

    @Test
    void killedAndCapturedObjectsAreKeptApart() {
        Casualties c = finder.find("The rebels killed 8 soldiers and captured 3 others.");
        assertEquals(8, c.fatalities());
        assertEquals(3, c.prisoners());
    }

    @Test
    void aHeadlessCountBeforeKilledCounts() {
        Casualties c = finder.find("Five fighters were wounded and two were killed.");
        assertEquals(2, c.fatalities());
        assertEquals(5, c.injured());
    }

    @Test
    void nobodyKilledIsZero() {
        assertEquals(0, finder.find("Nobody was killed in the strike.").fatalities());
    }

    @Test
    void theDayOfALeadingDateIsNoCount() {
        assertEquals(null, finder.find("On November 14, rebels were killed in an ambush.").fatalities());
    }

    @Test
    void aGroupedFigureIsOneNumber() {
        assertEquals(1200, finder.find("1,200 people were killed in the siege.").fatalities());
    }

    @Test
    void aHyphenatedRangeCountsItsLowerFigure() {
        assertEquals(5, finder.find("5-7 militants were killed.").fatalities());
    }

    @Test
    void killingAShepherdIsOneCivilianDeath() {
        Casualties c = finder.find("A mine exploded, killing a shepherd.");
        assertEquals(1, c.fatalities());
        assertTrue(c.civilianVictims());
    }

    @Test
    void anAdverbBeforeAnActiveKillIsNoPassive() {
        assertEquals(12, finder.find("Rockets hit the depot, which reportedly killed 12 guards.").fatalities());
        assertEquals(5, finder.find("The raid hit a convoy; 5 guards were reportedly killed.").fatalities());
    }

    @Test
    void aRivalFigureAfterTheReportsOwnIsLeftOut() {
        assertEquals(8, finder.find("The strikes killed at least 8 civilians, conflicting reports put the toll at 15.")
                .fatalities());
        assertNull(finder.find("Conflicting reports put the toll at 15.").fatalities());
    }

    @Test
    void foundKilledIsOneDeath() {
        assertEquals(1, finder.find("A former police officer was found killed near the market.").fatalities());
    }

    @Test
    void ofARangeOrAnAlternativeTheLowerFigure() {
        assertEquals(4, finder.find("Artillery hit the camp, killing 4, possibly 5, children.").fatalities());
        assertEquals(7, finder.find("The raids caused between 7 to 9 deaths.").fatalities());
        assertEquals(2, finder.find("A drone strike killed at least 2 and as many as 6 fighters.").fatalities());
        assertEquals(3, finder.find("Gunmen killed 3 or 4 guards at the gate.").fatalities());
    }

    @Test
    void whoWasHurtAfterAnInjuryCountWasHurtToo() {
        Casualties c = finder.find("The attack killed 1 soldier and injured 5 other soldiers and a civilian.");
        assertEquals(1, c.fatalities());
        assertEquals(5, c.injured());
    }

    @Test
    void aPersonWordBeforeANounIsNoPerson() {
        assertEquals(1, finder.find("Jets bombed the town, killing a child and causing civilian property damage.")
                .fatalities());
    }

    @Test
    void theOneNamedAfterAKillVerbIsOne() {
        assertEquals(1, finder.find("Gunmen stopped the truck, killing the driver.").fatalities());
        assertNull(finder.find("Gunmen stopped the convoy, killing the drivers.").fatalities(), "how many is not said");
        assertEquals(1, finder.find("A sniper killed a police captain near the bridge.").fatalities());
    }

    @Test
    void peopleListedOneByOneAreEachCounted() {
        assertEquals(3, finder.find("Shells hit the market, killing a woman, a child, and at least one other civilian.")
                .fatalities());
        assertEquals(2, finder.find("The blast killed one farmer and another civilian.").fatalities());
        assertEquals(1, finder.find("The strike killed 1 person, a child.").fatalities(), "a closer name, not another");
    }

    @Test
    void oneDeathToldWithoutACount() {
        assertEquals(1, finder.find("A shepherd wounded by a mine last week succumbed to his injuries.").fatalities());
        assertEquals(1, finder.find("A border guard shot a smuggler, which led to his death.").fatalities());
        assertEquals(1, finder.find("One fatality was reported in the battle for the hill.").fatalities());
    }

    @Test
    void aCodersFigureInWordsCounts() {
        Casualties c = finder.find("No casualties confirmed, but coding fatalities to one for the bomber.");
        assertEquals(1, c.fatalities());
        assertTrue(c.coded());
    }

    @Test
    void ofTwoCuesBeforeACountTheCloserTellsWhatHappened() {
        Casualties c = finder.find("Shells hit the town, causing injuries and killing between 7 and 9 civilians.");
        assertEquals(7, c.fatalities());
        assertEquals(0, c.injured());
    }

    @Test
    void aHeadlineRunIntoItsLeadTellsOneFigureOnce() {
        assertEquals(19, finder.find("Car bomb kills 19 in border town Tuesday A car bomb killed at least 19 "
                + "people in a border town on Tuesday.").fatalities());
        assertEquals(40, finder.find("Raids kill 40 militants overnight: at least 40 militants were killed in "
                + "overnight raids.").fatalities());
        assertEquals(14, finder.find("The strike killed 7 soldiers and 7 civilians.").fatalities(),
                "two groups of the same size are two groups");
        assertEquals(2, finder.find("The shelling killed a woman and another civilian.").fatalities());
    }

    @Test
    void aHeadlinesCountOfDeadRunIntoItsLeadIsOneFigure() {
        assertEquals(16, finder.find("16 dead in blast at bus station Reuters Monday At least 16 people were killed "
                + "when a bomb went off at a bus station on Monday.").fatalities());
        assertEquals(9, finder.find("Nine killed as shells hit market: shells killed nine people at the market.")
                .fatalities());
        assertEquals(11, finder.find("The raid left 4 dead and 7 people were killed in the town.").fatalities(),
                "two different figures are two parts");
    }

    @Test
    void aYearInANumericDateIsNoCount() {
        assertEquals(15, finder.find("11.03.2016 Fifteen people died in a blast near the bus station.").fatalities());
        assertEquals(2, finder.find("Posted 5/3/2016 two soldiers were killed by a mine.").fatalities());
        assertEquals(3, finder.find("2019-07-21 Three civilians were killed in the raid.").fatalities());
    }

    @Test
    void aNumberRightBeforeAnArticleCountsNoOneAfterIt() {
        assertEquals(2, finder.find("Share 0 348 A man and his son were killed when a shell hit their house.")
                .fatalities());
        assertEquals(1, finder.find("Views 1250 An elderly woman was killed by a sniper.").fatalities());
    }

    @Test
    void peopleDisplacedAfterPeopleKilledAreNotDead() {
        assertEquals(120, finder.find("The offensive has killed at least 120 fighters and displaced 40000 people.")
                .fatalities());
        assertEquals(9, finder.find("Air strikes killed 9 civilians and forced 2000 residents to flee.").fatalities());
    }

    @Test
    void aYearAfterAMonthOrADayOfOneIsADateNotACount() {
        assertEquals(5, finder.find("Posted October 3 2016 Five civilians were killed in the shelling.").fatalities());
        assertEquals(8, finder.find("Wed 12 Jul 2017 8 fighters were killed near the dam.").fatalities());
        assertEquals(4, finder.find("On 9 March 2018 4 people were killed.").fatalities());
    }

    @Test
    void newsAgenciesTollsAndLivesLostAreDeaths() {
        assertEquals(14, finder.find("The blast claimed the lives of 14 civilians.").fatalities());
        assertEquals(9, finder.find("The bombing left 9 people dead and 20 wounded.").fatalities());
        assertEquals(12, finder.find("At least 12 people lost their lives in the strike.").fatalities());
        assertEquals(31, finder.find("The death toll rose to 31, a monitor said.").fatalities());
        assertEquals(18, finder.find("The toll from the raid has risen to 18.").fatalities());
        assertEquals(500, finder.find("Days of fighting cost more than 500 lives.").fatalities());
        assertEquals(6, finder.find("The attack killed 6, raising the death toll to 25.").fatalities(),
                "a count of its own stands; the toll may include earlier deaths");
    }

    @Test
    void aTollNamedWithItsCauseIsStillTheToll() {
        assertEquals(12, finder.find("The death toll from rebel rocket attacks on two districts of the city rose to 12.")
                .fatalities());
        assertEquals(40, finder.find("The toll of Monday's car bombings in the old market has climbed to 40.").fatalities());
    }

    @Test
    void anInjuryWithItsOwnCountDoesNotMakeTheDeadWounded() {
        // a comma lost between two clauses: the participle counts people of its own
        assertEquals(30, finder.find("The bomber killed 30 people injured 90 at the wedding.").fatalities());
        assertEquals(12, finder.find("Shelling killed 12 civilians wounded 40 others in the market.").fatalities());
        assertNull(finder.find("The blast left three civilians wounded near the bakery.").fatalities(),
                "the participle alone still says what happened to them");
    }

    @Test
    void peopleNamedByWhatTheyWereDoingAreCivilians() {
        for (String s : List.of("At least 98 evacuees were killed when the convoy was hit.",
                "The blast killed 12 worshippers at the mosque.", "Mortars killed 4 pupils and 2 shoppers.",
                "Nine mourners were among the dead, 30 guests were wounded.")) {
            Casualties c = finder.find(s);
            assertTrue(c.fatalities() != null && c.fatalities() > 0 && c.civilianVictims(), s + " " + c);
        }
    }

    @Test
    void aTollInAHeadlinesPresentTenseIsTheToll() {
        assertEquals(112, finder.find("Death toll in bomb attack on convoy of evacuees rises to 112").fatalities());
        assertEquals(40, finder.find("Toll from twin blasts in the capital climbs to 40").fatalities());
    }

    @Test
    void aQuotedCountIsACount() {
        assertEquals(12, finder.find("Officers said \"dozens\" were killed, including a commander.").fatalities());
        assertEquals(12, finder.find("The raid caused “dozens” of fatalities among the fighters.").fatalities());
        assertEquals(12, finder.find("The group said it had killed \"Dozens\" of soldiers.").fatalities());
        assertEquals(12, finder.find("A later report claimed \"dozens\" had been killed.").fatalities());
    }

    @Test
    void thoseKilledAlongWithAVictimDiedToo() {
        assertEquals(5, finder.find("A tribal leader was killed along with 4 of his guards at the checkpoint.").fatalities());
        assertEquals(4, finder.find("The mayor was killed together with three of his bodyguards.").fatalities());
        assertEquals(3, finder.find("Gunmen killed the judge along with two guards.").fatalities());
        assertEquals(1, finder.find("A soldier was killed; two others were wounded along with him.").fatalities(),
                "wounded along with him are not dead");
    }

    @Test
    void peopleCountedByTheirGroupOrRoleAreCounted() {
        assertEquals(6, finder.find("6 Houthis were killed by two roadside bombs.").fatalities());
        assertEquals(3, finder.find("Troops killed three Palestinians near the fence.").fatalities());
        assertEquals(5, finder.find("Guards repelled the raid and killed five of the attackers.").fatalities());
        assertEquals(2, finder.find("Militants killed two Iraqi Federal police near the village.").fatalities());
        assertEquals(1, finder.find("A girl was killed by an army sniper on the bridge.").fatalities(),
                "the sniper who killed is not among the dead");
    }

    @Test
    void peopleNamedByTheirTradeInUniformAreCounted() {
        assertEquals(8, finder.find("The strike killed 8 radar technicians at the depot.").fatalities());
        assertEquals(4, finder.find("The strike killed three military advisers and a driver.").fatalities());
        assertEquals(5, finder.find("Five conscripts died when the truck was hit.").fatalities());
    }

    @Test
    void aNamedVictimAfterTheKillingIsOne() {
        assertEquals(1, finder.find("A drone hit a car, killing AQAP militant Akram al-Adeni.").fatalities());
        assertEquals(1, finder.find("The strike killed Hezbollah commander Mustafa Badr.").fatalities());
        assertNull(finder.find("The strike killed Hezbollah fighters near the border.").fatalities(),
                "a plural head is no count of one");
    }

    @Test
    void othersKilledBesidesACountDiedToo() {
        assertEquals(31, finder.find("Twenty guards were shot dead, along with at least 11 attackers.").fatalities());
        assertEquals(19, finder.find("Some 16 fighters died in addition to 3 civilians.").fatalities());
        assertEquals(7, finder.find("The raid killed 5 policemen as well as two women.").fatalities());
        assertEquals(3, finder.find("A stray shell killed three passers-by.").fatalities());
        assertEquals(4, finder.find("Four soldiers were killed, along with up to 9 wounded.").fatalities(),
                "the wounded along with them did not die");
    }

    @Test
    void onePersonNamedBeforeAndNOthersDiedWithThem() {
        assertEquals(6, finder.find("Field commander Omar Saleh and 5 other fighters were killed near the pass.").fatalities());
        assertEquals(9, finder.find("The operations chief, Karim Nasser, and eight of his guards died in the raid.").fatalities());
        assertEquals(3, finder.find("The militia killed a cell leader and two of his associates.").fatalities());
        assertEquals(5, finder.find("Jets killed 2 soldiers and 3 others at the post.").fatalities(), "a count before: no one more");
        assertEquals(3, finder.find("Rebels and 3 other fighters were killed.").fatalities(), "a group before: no one more");
        assertEquals(1, finder.find("Police shot the car bomb's courier and killed its driver.").fatalities());
        assertNull(finder.find("A drone hit the truck, killing its crew.").fatalities(), "a crew is a group: how many is not said");
    }

    @Test
    void bodiesDescribedAreStillBodies() {
        assertEquals(5, finder.find("Five unidentified bodies were pulled from the river.").fatalities());
        assertEquals(3, finder.find("Rescuers found 3 charred bodies in the car.").fatalities());
    }

    @Test
    void theNumberOfTheKilledRisingToAFigureIsAToll() {
        assertEquals(6, finder.find("The number of guards who were killed in the ambush rose to 6.").fatalities());
        assertEquals(14, finder.find("The number of people killed in Tuesday's blast has risen to 14, medics said.")
                .fatalities());
        assertNull(finder.find("The number of checkpoints on the road rose to 12.").fatalities(), "no one killed");
    }

    @Test
    void aRevisedTollIsMarked() {
        assertTrue(finder.find("It later turned out that 9 people had died.").revised());
        assertTrue(finder.find("Later reports said 12 villagers were killed.").revised());
        assertFalse(finder.find("Later, gunmen killed 2 more.").revised(), "a new toll, not a revision");
        assertFalse(finder.find("It later emerged that the convoy had turned back.").revised(), "no figure, nothing revised");
    }

    @Test
    void aHeadlinesKillsCounts() {
        assertEquals(11, finder.find("Truck bomb kills 11 at crowded bus station").fatalities());
        assertEquals(40, finder.find("Army kills over 40 militants in mountain raid").fatalities());
    }

    @Test
    void staffAreCountedAndBlowsToDeathKill() {
        assertEquals(9, finder.find("Nine hospital staff were killed when the shell hit the ward.").fatalities());
        assertEquals(4, finder.find("The blast killed four UN \"support staff\" at the depot.").fatalities());
        assertEquals(2, finder.find("Militiamen beat two farmers to death near the well.").fatalities());
        assertEquals(3, finder.find("Three prisoners were beaten to death in the jail.").fatalities());
        assertEquals(2, finder.find("The raid killed two guards and left patients and staff choking.").fatalities(),
                "staff is a plural, no one more person");
    }

    @Test
    void countsJoinedByAndShareTheLastHead() {
        assertEquals(7, finder.find("Four HTS and three ISIS fighters were killed in the camp.").fatalities());
        assertEquals(5, finder.find("The strike killed two Syrian and three Iraqi militiamen.").fatalities());
        assertEquals(4, finder.find("Two rebel and two Kurdish fighters died in the exchange.").fatalities(),
                "equal figures of differently named groups are two groups");
        assertEquals(3, finder.find("Gunmen killed 3 and wounded 5 soldiers at the post.").fatalities(),
                "a verb between the counts: each has its own fate");
        assertEquals(2, finder.find("Militants killed 2 and captured 4 guards.").fatalities());
        assertEquals(20, finder.find("The battle left 12 army and allied militia and 8 rebel fighters dead.").fatalities());
        assertEquals(1, finder.find("An armed militia killed a farmer near the canal.").fatalities(), "a militia is no one person");
        assertEquals(3, finder.find("Three members of a tribal militia were killed.").fatalities());
        assertEquals(12, finder.find("Jets hit 30 targets and 12 fighters were killed.").fatalities(),
                "a thing counted is no modifier of the next count's head");
        assertEquals(3, finder.find("The raid destroyed 2 tank and 3 soldiers were killed.").fatalities());
        assertEquals(9, finder.find("The rebels managed to capture 6 soldiers as 4 army and 5 rebel fighters were killed.")
                .fatalities(), "those the rebels managed to capture were not killed");
    }

    @Test
    void aRankBeforeANameIsOnePerson() {
        assertEquals(1, finder.find("Snipers say they killed Major Rami Aziz of the 4th brigade.").fatalities());
        assertEquals(1, finder.find("General Omar Khalil was killed when his convoy hit a mine.").fatalities());
        assertEquals(1, finder.find("Rebels shot dead captain Sami Haddad at a checkpoint.").fatalities());
        assertEquals(2, finder.find("Two majors died in the ambush.").fatalities(), "ranks are heads of a count too");
        assertNull(finder.find("The army launched a major assault on the ridge.").fatalities());
    }

    @Test
    void aCountOfEachSideIsCountedForBoth() {
        assertEquals(2, finder.find("The clashes killed one on each side.").fatalities());
        assertEquals(6, finder.find("Three fighters were killed on either side of the front.").fatalities());
        assertEquals(21, finder.find("The fighting killed 21 fighters from both sides.").fatalities(),
                "both sides together is a total");
    }

    @Test
    void thoseFoundOrKilledWithTheirAidesDiedToo() {
        assertEquals(3, finder.find("The judge was found dead with his two bodyguards near the checkpoint.")
                .fatalities());
        assertEquals(3, finder.find("The mayor was killed with his two bodyguards.").fatalities());
    }

    @Test
    void aTollUpdatedOrBroughtToAFigureIsTheToll() {
        assertEquals(8, finder.find("Later reports updated the fatalities to 8 civilians.").fatalities());
        assertEquals(17, finder.find("A second strike hit rescuers, bringing the death toll to 17.").fatalities());
    }

    @Test
    void aBareCountRightBeforeItsDeathIsDead() {
        assertEquals(6, finder.find("Six died in the village after the crowd tried to break into the governor's office.").fatalities());
        assertEquals(2, finder.find("2 Killed 10 Injured in Shelling on Residential Quarter").fatalities());
        assertEquals(3, finder.find("Three perished when the roof collapsed.").fatalities());
        assertNull(finder.find("Six stayed in the town overnight.").fatalities());
    }

    @Test
    void aCountWhoseVictimsAreListedFirstIsStillDead() {
        assertEquals(5, finder.find("Officials said 5 fighters, including Colonel Ali Hasan, the commander of the "
                + "brigade, were killed in the clashes.").fatalities());
        assertEquals(4, finder.find("4 soldiers, among them two officers of the border guard and a driver of the "
                + "convoy, died in the ambush.").fatalities());
    }

    @Test
    void peopleShotDownAreDeadAnAircraftShotDownIsNoCount() {
        assertEquals(2, finder.find("Snipers claimed to have shot down two soldiers at the post.").fatalities());
        assertNull(finder.find("Rebels shot down a helicopter over the valley.").fatalities());
    }

    @Test
    void teenagersAreCountedAndCivilians() {
        Casualties c = finder.find("Troops shot dead a Palestinian teenager in clashes on Wednesday.");
        assertEquals(1, c.fatalities());
        assertTrue(c.civilianVictims());
        assertEquals(2, finder.find("Two teens were killed by a stray shell.").fatalities());
    }

    @Test
    void succumbingToWoundsIsADeath() {
        assertEquals(1, finder.find("A teenager succumbed to wounds he sustained last week.").fatalities());
        assertEquals(1, finder.find("The fighter succumbed to injuries on Sunday.").fatalities());
    }

    @Test
    void othersWhoSustainedInjuriesAreWoundedNotDead() {
        assertEquals(40, finder.find("At least 40 people lost their lives and 90 others sustained injuries in the blasts.")
                .fatalities());
        assertEquals(3, finder.find("Three soldiers were killed and two others sustained serious wounds.").fatalities());
    }

    @Test
    void deadAndWoundedToldAsOneFigureCountHalfAsDead() {
        // active and passive, "and" and "or", a number and a vague multitude
        assertEquals(9, finder.find("The rebels shelled the barracks, killing and wounding 18 soldiers.").fatalities());
        assertEquals(7, finder.find("Militiamen killed and injured 14 guards at the checkpoint.").fatalities());
        assertEquals(5, finder.find("Ten policemen were killed or wounded when the bomb went off.").fatalities());
        assertEquals(6, finder.find("The raid left dozens of fighters dead and wounded, the group said.").fatalities(),
                "a trailing 'dead and wounded' after the head");
        assertEquals(6, finder.find("The army claims to have killed and wounded dozens in the assault.").fatalities());
        assertEquals(1, finder.find("The blast killed and injured 2 passengers, according to witnesses.").fatalities(),
                "half of two is one");
        Casualties c = finder.find("Gunmen opened fire on a bus, killing and wounding 12 civilians.");
        assertEquals(6, c.fatalities());
        assertEquals(6, c.injured());
        assertTrue(c.civilianVictims());
    }

    @Test
    void killedAndSeparatelyWoundedAreNotACombinedFigure() {
        assertEquals(3, finder.find("The strike killed 3 fighters and wounded 8 others.").fatalities());
        assertEquals(4, finder.find("Four soldiers were killed and 6 others were hurt in the ambush.").fatalities());
    }

    @Test
    void membersOfAPeopleOrMovementNamedByTheirPluralAreCounted() {
        assertEquals(5, finder.find("The group said it had killed 5 Houthis during fighting near the dam.").fatalities());
        assertEquals(3, finder.find("Three Kurds were shot dead at a checkpoint.").fatalities());
        assertEquals(2, finder.find("Troops killed two Palestinians near the crossing.").fatalities());
        assertEquals(9, finder.find("Nine medics were killed in strikes on the hospital.").fatalities());
        assertEquals(4, finder.find("The shelling killed 4 rescuers at the site.").fatalities());
    }

    @Test
    void aProperAdjectiveMayStandBetweenTheCountAndItsFatalities() {
        assertEquals(21, finder.find("The fighting reportedly resulted in 21 Houthi fatalities.").fatalities());
        assertEquals(4, finder.find("Officials confirmed 4 Iraqi deaths after the attack.").fatalities());
    }

    @Test
    void gunnedDownAndFatallyShotAreKillings() {
        assertEquals(3, finder.find("Snipers gunned down 3 soldiers on the ridge.").fatalities());
        assertEquals(1, finder.find("Border guards fatally shot a smuggler near the fence.").fatalities());
        assertEquals(2, finder.find("Two farmers were fatally shot in their field.").fatalities());
    }

    @Test
    void thoseArrestedOrDetainedAfterTheDeadAreNotDead() {
        Casualties c = finder.find("Police repelled the attack, killing 4 gunmen and arresting 6 others.");
        assertEquals(4, c.fatalities());
        assertEquals(6, c.prisoners());
        assertEquals(2, finder.find("Troops killed 2 smugglers and detaining 3 of their drivers.").fatalities());
    }

    @Test
    void theDeadLeftBehindAndTheOthersInjuredAreTwoFigures() {
        assertEquals(3, finder.find("A car bomb went off, leaving 3 civilians dead and 7 others injured.").fatalities());
        assertEquals(2, finder.find("The blast left two soldiers dead and five others wounded.").fatalities());
    }

    @Test
    void agesAreNotCounts() {
        assertEquals(4, finder.find("Four boys between the ages of 9 and 14 were killed by the shell.").fatalities());
        assertEquals(2, finder.find("Two women, aged 30 and 45, were killed in the raid.").fatalities());
        assertEquals(3, finder.find("Three children aged 6 were killed when the roof fell.").fatalities());
    }

    @Test
    void aPronounAfterTheDeadIsTheSamePerson() {
        assertEquals(1, finder.find("Gunmen shot dead a soldier and took his rifle after killing him.").fatalities());
        assertEquals(1, finder.find("A man was shot by a sniper, killing him instantly.").fatalities(),
                "no death counted before the pronoun: it is the one");
    }

    @Test
    void aCombinedFigureInQuotesOrBeforeABracketEndsThere() {
        assertEquals(6, finder.find("The rebels fired rockets at the base, \"killing and wounding dozens\". Coded as reported.").fatalities());
        assertEquals(6, finder.find("They claim to have killed and wounded dozens (no names were given).").fatalities());
    }

    @Test
    void oneKilledAndThreeInjuredAfterADate() {
        assertEquals(1, finder.find("Rockets fell on a school in the village on March 3, killing 1 individual and wounding five.").fatalities());
    }

    @Test
    void peopleNamedInAnAppositionAreTheCountedOnes() {
        assertEquals(2, finder.find("On Monday 2 people, a father and his daughter, were killed by a mine in their orchard.").fatalities());
        assertEquals(3, finder.find("3 people (a mother and her two daughters) were killed when a shell struck their kitchen.").fatalities());
        assertEquals(4, finder.find("The raid killed 4 people, two women and two children.").fatalities());
        assertEquals(8, finder.find("The strike killed 5 soldiers, and 3 civilians were also killed.").fatalities(),
                "a new clause after the comma is no apposition");
        assertEquals(5, finder.find("The strike killed 3 soldiers, 2 policemen and no one else.").fatalities(),
                "a list of groups is no apposition");
    }

    @Test
    void aNameOrAQuotedTitleMayStandBetweenTheCountAndItsHead() {
        assertEquals(1, finder.find("Gunmen shot and killed a Free Syrian Army commander near the town.").fatalities());
        assertEquals(1, finder.find("Unknown men assassinated a 'Sharia' judge of the group.").fatalities());
        assertEquals(2, finder.find("A drone killed two Ahrar al-Sham fighters on the road.").fatalities());
    }

    @Test
    void doneToDeathIsADeath() {
        assertEquals(1, finder.find("Militants stoned a woman to death in the square.").fatalities());
        assertEquals(2, finder.find("Two prisoners were beaten to death in the jail.").fatalities());
        assertEquals(3, finder.find("A mob burned 3 men to death.").fatalities());
    }

    @Test
    void theParticipleAfterThePeopleCountedIsWhatHappenedToThem() {
        Casualties wounded = finder.find("A roadside bomb went off near the bakery, leaving four passengers wounded.");
        assertEquals(0, wounded.fatalities() == null ? 0 : wounded.fatalities());
        assertEquals(4, wounded.injured());
        Casualties both = finder.find("Shells hit the camp, leaving one child dead and two other children injured.");
        assertEquals(1, both.fatalities());
        assertEquals(2, both.injured());
        Casualties degree = finder.find("The blast left three policemen critically wounded at the gate.");
        assertEquals(0, degree.fatalities() == null ? 0 : degree.fatalities());
        assertEquals(3, degree.injured());
        // the participle of death still counts the dead
        assertEquals(2, finder.find("The raid left two guards killed and the depot burned.").fatalities());
    }

    @Test
    void aPersonAndTheirKinOrEntourageAreTwoOrMore() {
        assertEquals(2, finder.find("A shell killed a shepherd and his young son near the well.").fatalities());
        assertEquals(2, finder.find("A teacher and her elderly mother were killed when the roof fell.").fatalities());
        assertEquals(2, finder.find("Gunmen shot dead a judge and his bodyguard outside the court.").fatalities());
        assertEquals(4, finder.find("A militia leader and three of his escorts were killed in the ambush.").fatalities());
        assertEquals(15, finder.find("The battle left 12 combatants and 3 civilians dead.").fatalities());
    }

    @Test
    void spiesCandidatesChiefsAndOccupantsArePeople() {
        assertEquals(1, finder.find("Gunmen killed an alleged informant near the mill.").fatalities());
        assertEquals(1, finder.find("Unknown men assassinated a local candidate in the town.").fatalities());
        assertEquals(1, finder.find("The militants shot dead a clan chief at his door.").fatalities());
        assertEquals(3, finder.find("A mine hit the truck, killing three of its occupants.").fatalities());
    }

    @Test
    void aPartOfListEndsWhereItWouldHoldMoreThanItsWholeOrOtherPeople() {
        assertEquals(11, finder.find("Four guards, including their chief, and seven farmers died in the raid.").fatalities());
        assertEquals(15, finder.find("The bombing killed 12 soldiers, among them 2 officers, and 3 civilians.").fatalities());
        assertEquals(9, finder.find("Nine civilians (four children and five women) were killed by the shells.").fatalities());
        assertEquals(6, finder.find("Shelling killed six people (two fighters and four civilians) on Monday.").fatalities());
        assertEquals(30, finder.find("The raid killed 30 militants, including 3 commanders and 2 bomb makers.").fatalities());
        assertEquals(3, finder.find("Three civilians (a mother and her two daughters) died when a shell hit the house.")
                .fatalities());
    }

    @Test
    void aBareFigureAfterTheCloserKillCueIsOfTheDead() {
        assertEquals(3, finder.find("The army fired 8 rockets at the town, wounding 5, killing 3.").fatalities());
        assertEquals(2, finder.find("The mortars injured 7 and killed 2 in the market.").fatalities());
        assertEquals(4, finder.find("The blast killed 4, wounding 9.").fatalities());
        assertNull(finder.find("The blast wounded 9 near the gate.").fatalities());
    }

    @Test
    void oneBodyFoundIsOneDead() {
        assertEquals(1, finder.find("A farmer's body was found in an orchard outside the town.").fatalities());
        assertEquals(1, finder.find("The body of a young shepherd was recovered from the river.").fatalities());
        assertEquals(4, finder.find("The bodies of 4 men were discovered near the road.").fatalities());
    }

    @Test
    void aKillingAfterAnotherParticipleIsStillOneDeath() {
        assertEquals(1, finder.find("The pilot was caught and killed by the fighters who reached him.").fatalities());
        assertEquals(1, finder.find("A courier was ambushed and shot dead on the highway.").fatalities());
        assertEquals(1, finder.find("The elder had been abducted and executed, his family said.").fatalities());
        assertNull(finder.find("A courier was ambushed and wounded on the highway.").fatalities());
    }

    @Test
    void countsListedBeforeTheirVerbShareItHoweverLongTheList() {
        assertEquals(25, finder.find("9 Kenyan soldiers, 10 local clan militia fighters, and 6 al-Shabaab militants were "
                + "confirmed killed in the battle.").fatalities());
        assertEquals(21, finder.find("12 government troops and 9 fighters of the northern rebel alliance were killed "
                + "near the dam.").fatalities());
        assertEquals(3, finder.find("3 soldiers were killed, 4 wounded and 5 captured.").fatalities());
    }

    @Test
    void thePassiveRightAfterTheCompoundHeadDecidesEvenAfterAnInjury() {
        assertEquals(12, finder.find("3 officers were wounded and 12 militia fighters were killed.").fatalities());
        assertEquals(9, finder.find("Two guards were hurt, and 9 tribal militia members were reportedly killed.")
                .fatalities());
        assertEquals(2, finder.find("Shelling wounded 7 civilians and 2 children were killed.").fatalities());
        Casualties hurt = finder.find("4 soldiers were killed and 12 militia fighters were wounded.");
        assertEquals(4, hurt.fatalities());
        assertEquals(12, hurt.injured());
    }
}
