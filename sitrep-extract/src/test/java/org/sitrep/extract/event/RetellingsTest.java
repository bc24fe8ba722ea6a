package org.sitrep.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.FakeGeocoder;
import org.sitrep.extract.RuleBasedExtractor;
import org.sitrep.extract.TestReports;
import org.sitrep.model.Event;

class RetellingsTest {
    private static final RuleBasedExtractor EXTRACTOR = new RuleBasedExtractor(EventFixtures.ACTORS, new FakeGeocoder());

    private static List<Event> violent(String article) {
        return EXTRACTOR.extract(TestReports.of(article, LocalDate.of(2019, 3, 12))).stream()
                .filter(e -> !e.eventType().equals("Strategic developments")).toList();
    }

    @Test
    void aHeadlineAndTheBodyThatPlacesItAreOneIncident() {
        List<Event> events = violent("Car bomb kills six at a market.\n\nA car bomb killed six people at a market in "
                + "Qalat Nur on Monday, a monitor said.");
        assertEquals(1, events.size(), events.toString());
        assertEquals("Qalat Nur", events.get(0).location().name());
        assertEquals(6, events.get(0).fatalities(), "one incident told twice is not twelve deaths");
    }

    @Test
    void theRetellingOfAStrikeSaysWhereItHappened() {
        List<Event> events = violent("Warplanes bombed rebel positions on Sunday, a monitor said. "
                + "The raids struck a district in eastern Idlib province, killing 4 people.");
        assertEquals(1, events.size(), events.toString());
        assertEquals("Idlib", events.get(0).location().admin1());
        assertEquals(4, events.get(0).fatalities());
        List<Event> shelled = violent("Army artillery pounded the rebels on Sunday. The shelling also struck "
                + "Bayt Warda, wounding 3 people.");
        assertEquals("Bayt Warda", shelled.get(0).location().name(), shelled.toString());
        List<Event> other = violent("Gunmen attacked a checkpoint on Sunday. The air raids that followed hit "
                + "Bayt Warda.");
        assertNull(other.get(0).location(), "an act of another kind does not place the attack: " + other);
    }

    @Test
    void theTellingThatSaysWhoActedNamesTheActor() {
        List<Event> events = violent("Strikes kill 8 civilians in Qalat Nur.\n\nRussian air strikes killed 8 civilians "
                + "in Qalat Nur, a monitor said.");
        assertEquals(1, events.size(), events.toString());
        assertEquals("Russian forces", events.get(0).actor1().name(), "the headline's unnamed striker is the body's");
        List<Event> unplacedFirst = violent("Russian jets carried out air strikes on Monday, killing 8 civilians. "
                + "The air strikes on Qalat Nur on Monday killed 8 civilians.");
        assertEquals(1, unplacedFirst.size(), unplacedFirst.toString());
        assertEquals("Russian forces", unplacedFirst.get(0).actor1().name());
    }

    @Test
    void aLaterFigureThatRevisesTheTollReplacesIt() {
        List<Event> own = violent("Jets struck Bayt Warda, killing 2 civilians. Later reports showed that "
                + "the strikes on Bayt Warda had killed 6 civilians.");
        assertEquals(1, own.size(), own.toString());
        assertEquals(6, own.get(0).fatalities(), "the revised toll, not 2 + 6");
        List<Event> bare = violent("Artillery shelled Qalat Nur, killing 3 people. It later emerged that "
                + "7 had died.");
        assertEquals(7, bare.stream().mapToInt(Event::fatalities).sum(), bare.toString());
        List<Event> more = violent("Artillery shelled Qalat Nur, killing 3 people. Later, rockets hit Qalat Nur, "
                + "killing 2 more people.");
        assertEquals(5, more.stream().mapToInt(Event::fatalities).sum(),
                "'later ... more' is a toll on top, not a revision");
    }

    @Test
    void aVagueFightDoesNotSwallowAStrikeThatKilled() {
        List<Event> vague = violent("Fighting raged in Qalat Nur on Monday. Jets struck the market of Qalat Nur on "
                + "Monday, killing 12 civilians.");
        assertEquals(1, vague.size(), vague.toString());
        assertEquals("Air/drone strike", vague.get(0).subEventType());
        assertEquals(12, vague.get(0).fatalities());
        List<Event> battle = violent("Rebels clashed with the army in Qalat Nur on Monday. Jets struck Qalat Nur on "
                + "Monday, killing 12 rebels.");
        assertEquals(1, battle.size(), battle.toString());
        assertEquals("Armed clash", battle.get(0).subEventType(), "a fight of two sides: the strike is part of it");
    }

    @Test
    void theLeadsFigureAndTheBodysDifferTheMoreConservativeStands() {
        List<Event> events = violent("At least 9 civilians were killed in air strikes on Sunday, activists said. "
                + "Warplanes struck Bayt Warda on Sunday, killing 7 civilians.");
        assertEquals(1, events.size(), events.toString());
        assertEquals(7, events.get(0).fatalities());
    }

    @Test
    void aRiotsDeadToldUnplacedAndThenAtItsPlaceAreOneToll() {
        List<Event> riots = violent("A protester was killed by police. He was shot as rioters "
                + "fought police in Qalat Nur, where tear gas filled the streets.").stream()
                .filter(e -> e.eventType().equals("Riots")).toList();
        assertEquals(1, riots.size(), riots.toString());
        assertEquals(1, riots.get(0).fatalities(), "one man's death told twice is one death");
    }

    @Test
    void anUnplacedEventToldAfterAPlacedOneIsNotItsRetelling() {
        List<Event> events = violent("Warplanes struck Bayt Warda on Sunday, killing 7 civilians. On the same day, "
                + "gunmen executed 3 prisoners.");
        assertEquals(2, events.size(), events.toString());
    }

    @Test
    void aSentenceRepeatedWordForWordTellsItsFigureOnce() {
        String told = "Gunmen killed 5 soldiers in Qalat Nur on Monday. ";
        List<Event> events = violent(told + told);
        assertEquals(1, events.size(), events.toString());
        assertEquals(5, events.get(0).fatalities(), "a pasted-twice paragraph is not ten deaths");
    }

    @Test
    void anAttackAndTheOtherSidesFireAtOnePlaceAreOneBattleOfBothSides() {
        List<Event> events = violent("On Monday HTS fighters stormed an outpost in Qalat Nur. On Monday the SAA "
                + "shelled Qalat Nur, killing 5 fighters.");
        assertEquals(1, events.size(), events.toString());
        java.util.Set<String> sides = new java.util.HashSet<>();
        sides.add(events.get(0).actor1().side());
        sides.add(events.get(0).actor2() == null ? null : events.get(0).actor2().side());
        assertEquals(java.util.Set.of("government", "opposition"), sides, events.toString());
    }

    @Test
    void aNewViolationOfATruceIsNoNewToll() {
        String told = "Shelling killed 6 civilians in Qalat Nur on Monday in a new violation of the truce. ";
        List<Event> events = violent(told + told);
        assertEquals(6, events.get(0).fatalities(), "the same toll pasted twice, 'a new violation' or not");
        List<Event> more = violent("Shelling killed 6 civilians in Qalat Nur on Monday. A new strike on Qalat Nur "
                + "killed 2 civilians on Monday.");
        assertEquals(8, more.stream().mapToInt(Event::fatalities).sum(), "a new strike is a toll on top");
    }

    @Test
    void theSameFigureRetoldInOtherWordsAtThePlaceIsOneFigure() {
        List<Event> events = violent("Four soldiers died when rebels stormed an army post in Qalat Nur on Monday. "
                + "On Monday rebels attacked the post in Qalat Nur and killed 4 soldiers.");
        assertEquals(1, events.size(), events.toString());
        assertEquals(4, events.get(0).fatalities());
    }

    @Test
    void aWordLikeOtherAwayFromTheFigureDoesNotPutItOnTop() {
        List<Event> events = violent("Nine jihadists were killed on Monday in fighting with other rebel groups in Qalat "
                + "Nur. Rebels said they killed nine jihadists in Qalat Nur on Monday.");
        assertEquals(9, events.get(0).fatalities(), events.toString());
    }

    @Test
    void shellingToldWithABattleRetellsItsFigure() {
        List<Event> events = violent("Rebels and the army clashed in Qalat Nur on Monday, and 3 civilians were killed. "
                + "Rebel rocket shells hit Qalat Nur on Monday, killing 3 civilians.");
        assertEquals(1, events.size(), events.toString());
        assertEquals(3, events.get(0).fatalities());
    }

    @Test
    void theSameFigureSaidToBeOnTopIsAdded() {
        assertEquals(6, violent("Shelling killed 3 civilians in Qalat Nur on Monday. An air strike killed 3 more "
                + "civilians in Qalat Nur on Monday.").get(0).fatalities());
        assertEquals(6, violent("Shelling killed 3 civilians in Qalat Nur on Monday. Another 3 civilians were killed "
                + "by rocket fire in Qalat Nur on Monday.").get(0).fatalities());
        assertEquals(4, violent("A mine killed 2 shepherds near Qalat Nur on Monday. A second mine also killed 2 "
                + "farmers near Qalat Nur on Monday.").get(0).fatalities());
        assertEquals(2, violent("Shelling killed 1 civilian in Qalat Nur on Monday. Shelling on Qalat Nur on Monday "
                + "later killed one man.").get(0).fatalities());
    }

    @Test
    void differentFiguresAtOnePlaceAreStillItsParts() {
        List<Event> events = violent("Shelling killed 2 civilians in Qalat Nur on Monday. An air strike killed 3 "
                + "civilians in Qalat Nur on Monday.");
        assertEquals(1, events.size(), events.toString());
        assertEquals(5, events.get(0).fatalities());
    }

    @Test
    void theConservativeFigureIsTheLowerOfTwoGivenOnesElseTheOneGiven() {
        assertEquals(4, Retellings.conservative(4, 6));
        assertEquals(6, Retellings.conservative(0, 6));
        assertEquals(6, Retellings.conservative(6, null));
        assertNull(Retellings.conservative(null, null));
    }

    @Test
    void aTollToldInPartsAtThePlaceIsOneToll() {
        List<Event> events = violent("Air strikes killed 12 civilians in Qalat Nur on Monday, a monitor said. "
                + "Seven civilians were killed in air strikes on the market of Qalat Nur on Monday and three were killed "
                + "in air strikes on its school on Monday. Another two civilians were killed in air strikes on the bakery "
                + "of Qalat Nur on Monday.");
        assertEquals(12, events.stream().mapToInt(Event::fatalities).sum(),
                events.toString());
    }

    @Test
    void aSmallerFigureSaidToComeOnTopAdds() {
        List<Event> events = violent("Air strikes killed 12 civilians in Qalat Nur on Monday. "
                + "Concurrently, artillery shelled Qalat Nur on Monday, killing 2 civilians.");
        assertEquals(14, events.stream().mapToInt(Event::fatalities).sum(),
                events.toString());
    }

    @Test
    void anUnplacedIncidentIsRetoldInTheReportsCountryNotAcrossABorder() {
        List<Event> events = violent("A car bomb killed 11 people in a northern town on Monday, a monitor said. "
                + "A car bomb also exploded in Basra on Monday, wounding two guards. "
                + "The car bomb in Qalat Nur on Monday destroyed a market. "
                + "Shells hit Bayt Warda on Monday, wounding a man.");
        Event qalatNur = events.stream().filter(e -> e.location() != null && "Qalat Nur".equals(e.location().name()))
                .findFirst().orElseThrow(() -> new AssertionError(events.toString()));
        assertEquals(11, qalatNur.fatalities(), "the town of the report's country retells it, not Basra");
    }

    @Test
    void theAttackNamedWithAStrikeIsThatStrike() {
        List<Event> events = violent("Warplanes struck a clinic in Qalat Nur on Monday, killing 6 medics, and the "
                + "opposition called the attack a crime.");
        assertEquals(1, events.size(), events.toString());
        assertEquals("Air/drone strike", events.get(0).subEventType());
        List<Event> relative = violent("Shells fell on Qalat Nur on Monday, and the monitor said gunmen that attack "
                + "the town every night fired them.");
        assertEquals("Armed clash", relative.get(0).subEventType(), "'gunmen that attack': a verb, no strike retold");
    }
}
