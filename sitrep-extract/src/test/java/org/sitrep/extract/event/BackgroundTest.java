package org.sitrep.extract.event;

import org.sitrep.extract.English;
import org.sitrep.extract.lang.LanguageFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.FakeGeocoder;
import org.sitrep.extract.RuleBasedExtractor;
import org.sitrep.extract.TestReports;
import org.sitrep.model.Event;

class BackgroundTest {
    private final Background background = new Background(English.LANGUAGE.lines(LanguageFile.BACKGROUND));

    @Test
    void totalsCountedFromTheWarsBeginningAreBackground() {
        assertTrue(background.tells("Over 120,000 fighters and civilians have died since the uprising began in 2012."));
        assertTrue(background.tells("Over 40000 people were killed since the start of the conflict."));
        assertTrue(background.tells("Some 9000 fighters have died since March 2014, the group says."));
        assertTrue(background.tells("At least 60 journalists have been killed since the country's civil war broke out."));
    }

    @Test
    void totalsCountedFromAMonthOrATruceAreBackground() {
        assertTrue(background.tells("More than 200 civilians have been killed in the city since April."));
        assertTrue(background.tells("Ninety people have died in the valley since early March."));
        assertTrue(background.tells("Over 150 people have been killed in the east since a brokered ceasefire collapsed."));
        assertTrue(background.tells("Some 40 fighters have died since the offensive began, the group said."));
        assertFalse(background.tells("Six people have been killed since Monday in the shelling of the town."),
                "a few days back is this report's news");
        assertFalse(background.tells("Hundreds rallied in the capital after 8 journalists have been killed since January."),
                "the protest is the news; the total is its reason");
    }

    @Test
    void theWarAsTheKillerIsBackground() {
        assertTrue(background.tells("The war, now in its sixth year, has killed more than 300000 people."));
        assertTrue(background.tells("The insurgency has so far claimed the lives of 35000 people."));
        assertTrue(background.tells("Moscow backs one side of a war that has claimed about 400000 lives."));
        assertTrue(background.tells("The conflict had already claimed more than 5000 lives by then."));
        assertTrue(background.tells("Tens of thousands of civilians have died in the country's conflict."));
    }

    @Test
    void aCampaignsRunningTotalIsBackground() {
        assertTrue(background.tells("The air campaign has so far killed more than 400 people, the monitor said."));
        assertTrue(background.tells("Two months of infighting in the province left hundreds of fighters dead."));
        assertTrue(background.tells("The offensives on the valley have killed 90 civilians."));
        assertTrue(background.tells("At least 70 people have died since the army launched its assault on the town."));
        assertFalse(background.tells("The group launched an operation in the valley, claiming to have killed 12 soldiers."),
                "the operation's own claim of the day");
    }

    @Test
    void tollsOfManyDaysAreBackground() {
        assertTrue(background.tells("Dozens of civilians were killed in the city over the past few days."));
        assertTrue(background.tells("The monitor counted 85 dead in the district in the last three weeks."));
        assertFalse(background.tells("Three soldiers died on Sunday, bringing the toll to 8 over the past two days."),
                "a day or two back is still the report's news");
    }

    @Test
    void longSpansCountedBackFromNowAreBackground() {
        assertTrue(background.tells("The militia has lost 2000 men over the past three years."));
        assertTrue(background.tells("After seven years of war, half the population has fled."));
        assertTrue(background.tells("Hundreds of thousands of people have been displaced."));
    }

    @Test
    void anEventOfTheReportsDaysIsNot() {
        assertFalse(background.tells("Twelve people were killed in an air strike on Tal Sukkar on Sunday."));
        assertFalse(background.tells("The army has shelled the town since Monday, killing 4 civilians."));
        assertFalse(background.tells("Clashes that began on Friday killed 9 fighters."));
        assertFalse(background.tells("The war of words between the two sides grew."));
    }

    @Test
    void aReportsBackgroundSentenceMakesNoEventAndAddsNoDeaths() {
        RuleBasedExtractor extractor = new RuleBasedExtractor(EventFixtures.ACTORS, new FakeGeocoder());
        List<Event> events = extractor.extract(TestReports.of("On March 10, the SAA shelled Tal Sukkar in northern "
                + "Hama, killing 3 civilians. Some 300,000 people have died since the war began in 2011.",
                LocalDate.of(2019, 3, 12)));
        assertEquals(1, events.size(), events.toString());
        assertEquals(3, events.get(0).fatalities());
    }
}
