package org.sitrep.extract.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.English;

class AllocationReaderTest {
    static final String SHARES_BY_NAME = "Fatalities coded as 12 and split between the 4 locations, with "
            + "Kafr Ruwayha and Tal Sukkar allocated 4 each.";
    static final String EVEN_SPLIT = "Fatalities coded as 12 and split between the 4 locations.";
    static final String EACH_CODED_TO = "9 fatalities each coded to fighting at Ayn Dalfa, Khirbat Jalal and "
            + "Tal Sukkar.";
    static final String BETWEEN_NAMES = "Fatalities split evenly between Marj Hilal and Suwayqa.";
    static final String THIS_EVENT = "3 fatalities to this event.";
    static final String MIXED = "Coded as 10 fatalities, with Bayt Warda allocated 6 and Qalat Nur allocated 4.";
    static final String NOT_A_NOTE = "The army split its forces between two fronts.";

    private final AllocationReader reader = new AllocationReader(English.counts());

    @Test
    void sharesNamedForPlaces() {
        AllocationReader.Allocation a = reader.read(SHARES_BY_NAME, 0);
        assertEquals(Map.of("kafr ruwayha", 4, "tal sukkar", 4), a.byPlace());
        assertEquals(3, a.evenShare());
        assertEquals(4, a.shareOf(List.of("Tal Sukkar")));
        assertEquals(4, a.shareOf(List.of("Tell Sukkar", "TAL SUKKAR")), "any of the place's names");
        assertNull(a.shareOf(List.of("Ayn Dalfa")), "a place the note gives no share to");
    }

    @Test
    void anEvenSplitOfTheCodedTotal() {
        AllocationReader.Allocation a = reader.read(EVEN_SPLIT, 0);
        assertEquals(Map.of(), a.byPlace());
        assertEquals(3, a.evenShare());
    }

    @Test
    void eachCodedToAListOfPlaces() {
        AllocationReader.Allocation a = reader.read(EACH_CODED_TO, 0);
        assertEquals(Map.of("ayn dalfa", 9, "khirbat jalal", 9, "tal sukkar", 9), a.byPlace());
    }

    @Test
    void figuresThenTheirPlacesOneClauseEach() {
        AllocationReader.Allocation a = reader.read("Shelling on six districts killed 9 people, with 3 allocated to "
                + "Ayn Dalfa, 2 each allocated to Tal Sukkar and Bayt Warda, and 1 each alloacted to Suwayqa and Marj Hilal.", 0);
        assertEquals(Map.of("ayn dalfa", 3, "tal sukkar", 2, "bayt warda", 2, "suwayqa", 1, "marj hilal", 1), a.byPlace());
        AllocationReader.Allocation at = reader.read("Fatalities spread across the three events with four fatalities at "
                + "Ayn Dalfa and Tal Sukkar and three at Bayt Warda.", 0);
        assertEquals(Map.of("ayn dalfa", 4, "tal sukkar", 4, "bayt warda", 3), at.byPlace());
    }

    @Test
    void anEvenFigureSaidOutright() {
        assertEquals(5, reader.read("Fatalities are coded as 10 and split, 5 each, between the 2 villages.", 0).evenShare());
        assertEquals(8, reader.read("Fatalities spread evenly across the four events, tallying 8 per event.", 0)
                .evenShare());
    }

    @Test
    void aListOfPlacesWithoutAnd() {
        AllocationReader.Allocation a = reader.read("Distributed fatalities over the activities in Ayn Dalfa, Tal Sukkar.", 6);
        assertEquals(3, a.evenShare());
        assertEquals(0, a.shareOf(List.of("Bayt Warda")), "a place the split leaves out");
    }

    @Test
    void betweenNamedPlacesSplitsTheReportsOwnTotal() {
        assertNull(reader.read(BETWEEN_NAMES, 0), "no figure anywhere: nothing to split");
        AllocationReader.Allocation a = reader.read(BETWEEN_NAMES, 8);
        assertEquals(4, a.evenShare());
    }

    @Test
    void aShareForThisEventOverridesPlaces() {
        AllocationReader.Allocation a = reader.read(THIS_EVENT, 0);
        assertEquals(3, a.thisEvent());
        assertEquals(3, a.shareOf(List.of("Anywhere")));
    }

    @Test
    void severalExplicitShares() {
        assertEquals(Map.of("bayt warda", 6, "qalat nur", 4), reader.read(MIXED, 0).byPlace());
    }

    @Test
    void aSentenceThatIsNoCodersNoteIsIgnored() {
        assertNull(reader.read(NOT_A_NOTE, 10));
        assertNull(reader.read("Twelve fighters were killed in the clashes.", 10));
    }

    @Test
    void keysIgnoreCaseArticleAndPunctuation() {
        assertEquals("suwayqa", AllocationReader.key("al-Suwayqa"));
        assertEquals("suwayqa", AllocationReader.key("Al Suwayqa"));
        assertEquals("tal sukkar", AllocationReader.key("  Tal   Sukkar "));
    }

    @Test
    void betweenNamesWithAnArticle() {
        assertEquals(4, reader.read("Fatalities split evenly between Marj Hilal and al-Suwayqa.", 8).evenShare());
    }

    @Test
    void overBothEventsIsAnEvenSplitInTwo() {
        assertEquals(4, reader.read("Fatalities spread over both events.", 8).evenShare());
    }

    @Test
    void aTotalSplitWithAnotherEventIsHalved() {
        assertEquals(5, reader.read("Fatalities coded as 10 and split with another event.", 0).evenShare());
        assertEquals(4, reader.read("Fatalities coded as 8 and split with one other location.", 0).evenShare());
    }
}
