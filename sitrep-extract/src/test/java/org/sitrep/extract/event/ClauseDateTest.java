package org.sitrep.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.English;
import org.sitrep.extract.pipeline.Document;

class ClauseDateTest {
    private static ClauseDate dateOf(String text, String trigger) {
        Document doc = EventFixtures.analysed(text);
        EventFixtures.SentenceParts p = EventFixtures.parts(doc, doc.sentences.size() - 1, trigger);
        return ClauseDate.of(p.s(), p.clauseStart(), p.clauseEnd(), EventFixtures.REPORT_DATE,
                English.eventWords().sameTime);
    }

    @Test
    void aDateInsideTheClauseDatesItsEvent() {
        ClauseDate d = dateOf("On March 10, the army shelled Tal Sukkar, which HTS had captured on March 2.", "captured");
        assertEquals(LocalDate.of(2019, 3, 2), d.date().date());
        assertTrue(d.stated());
    }

    @Test
    void aDateOpeningTheSentenceSetsTheStorysTime() {
        ClauseDate d = dateOf("On March 10, the army shelled Tal Sukkar.", "shelled");
        assertEquals(LocalDate.of(2019, 3, 10), d.date().date());
        assertTrue(d.stated());
    }

    @Test
    void aSentenceWithoutADateKeepsTheNarrativesAndSaysSo() {
        ClauseDate d = dateOf("On March 10, the army shelled Tal Sukkar. HTS fighters attacked Kafr Ruwayha.",
                "attacked");
        assertEquals(LocalDate.of(2019, 3, 10), d.date().date());
        assertFalse(d.stated());
    }

    @Test
    void aWhenClauseHappensOnTheDayOfTheClauseBeforeIt() {
        ClauseDate d = dateOf("Three civilians were killed on March 9 when a shell hit a camp near Tal Sukkar.",
                "shell");
        assertEquals(LocalDate.of(2019, 3, 9), d.date().date());
        assertTrue(d.stated());
        ClauseDate since = dateOf("The town has been under siege since March 2, when the army advanced on its road.",
                "advanced");
        assertEquals(LocalDate.of(2019, 3, 2), since.date().date());
        ClauseDate after = dateOf("HTS fighters attacked Tal Sukkar on March 9 after the army shelled the town.",
                "shelled");
        assertFalse(after.stated(), "an act after another is not dated by it");
    }

    @Test
    void aParticipleAfterBeforeOrAfterActsOnTheDayOfTheClauseBeforeIt() {
        ClauseDate before = dateOf("Protesters rallied near Tal Sukkar on March 9 before throwing stones at police.",
                "throwing");
        assertEquals(LocalDate.of(2019, 3, 9), before.date().date());
        ClauseDate after = dateOf("HTS fighters shelled Tal Sukkar on March 9, after storming Kafr Ruwayha.",
                "storming");
        assertEquals(LocalDate.of(2019, 3, 9), after.date().date());
        ClauseDate ownDay = dateOf("HTS fighters attacked Tal Sukkar on March 9 after shelling the town on March 8.",
                "shelling");
        assertEquals(LocalDate.of(2019, 3, 8), ownDay.date().date(), "a day of its own comes first");
    }

    @Test
    void aDateAfterTheReportIsAPlanNotWhenItHappened() {
        ClauseDate d = dateOf("On March 10, the army shelled Tal Sukkar. HTS vowed it would attack Kafr Ruwayha on "
                + "March 30, 2019.", "attack");
        assertEquals(LocalDate.of(2019, 3, 10), d.date().date());
    }
}
