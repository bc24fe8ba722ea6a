package org.sitrep.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.FakeGeocoder;
import org.sitrep.extract.RuleBasedExtractor;
import org.sitrep.extract.TestReports;
import org.sitrep.model.Event;

/** Ordinary phrasings of a change of control, and of a place left under fire, on invented sentences. */
class TerritoryPhrasingsTest {
    private static final RuleBasedExtractor EXTRACTOR = new RuleBasedExtractor(EventFixtures.ACTORS, new FakeGeocoder());
    private static final String REGAINS = "Government regains territory";
    private static final String OVERTAKES = "Non-state actor overtakes territory";

    private static List<String> types(String text) {
        return EXTRACTOR.extract(TestReports.of(text, LocalDate.of(2019, 3, 12))).stream()
                .map(e -> e.subEventType() + "@" + (e.location() == null ? null : e.location().name())).toList();
    }

    @Test
    void consolidatingImposingOrExtendingControlIsTakingThePlace() {
        assertEquals(List.of(OVERTAKES + "@Bayt Warda"), types("On March 10, HTS solidified full control over Bayt Warda."));
        assertEquals(List.of(OVERTAKES + "@Bayt Warda"), types("HTS fighters imposed their control on Bayt Warda."));
        assertEquals(List.of(REGAINS + "@Kafr Ruwayha"), types("The army extended its control to Kafr Ruwayha."));
        assertEquals(List.of(REGAINS + "@Tal Sukkar"),
                types("Government troops consolidated control over Tal Sukkar in northern Hama."));
    }

    @Test
    void aMovementWhosePurposeIsControlTookThePlace() {
        assertEquals(List.of(REGAINS + "@Ayn Dalfa"), types("On March 10, the SAA advanced in northern Hama to control Ayn Dalfa."));
        assertEquals(List.of(REGAINS + "@Qalat Nur"),
                types("Government forces returned to Qalat Nur to take control of the town."));
        assertTrue(types("The army is preparing to capture Ayn Dalfa.").isEmpty(), "a plan is no event");
        assertTrue(types("HTS wants to take control of Bayt Warda.").isEmpty(), "a wish is no event");
    }

    @Test
    void aPlaceLeftUnderFireIsTakenNotHandedOver() {
        assertEquals(List.of(REGAINS + "@Kafr Ruwayha"),
                types("The army regained control of Kafr Ruwayha after the rebels withdrew under fire."));
        assertEquals(List.of(REGAINS + "@Kafr Ruwayha"),
                types("The SAA took control of Kafr Ruwayha after HTS was forced to withdraw following heavy clashes."));
        assertEquals(List.of("Non-violent transfer of territory@Kafr Ruwayha"),
                types("The army took over Kafr Ruwayha after HTS withdrew from it."));
    }

    @Test
    void takingAPlaceFollowingClashesIsTheChangeOfControl() {
        assertEquals(List.of(REGAINS + "@Tal Sukkar"),
                types("The SAA took control of Tal Sukkar village following clashes with HTS."));
        assertEquals(List.of(OVERTAKES + "@Bayt Warda"),
                types("After fierce battles with the army, HTS seized Bayt Warda."));
    }

    @Test
    void seizingWeaponsIsADisruptedUseOfThemNotAChangeOfControl() {
        assertEquals(List.of("Disrupted weapons use@Kafr Ruwayha"),
                types("Security forces seized an IED cache in Kafr Ruwayha."));
        assertEquals(List.of("Disrupted weapons use@Tal Sukkar"),
                types("The army captured a large weapons depot near Tal Sukkar."));
        assertEquals(List.of("Disrupted weapons use@Ayn Dalfa"),
                types("Police seized and dismantled three IEDs in Ayn Dalfa."));
        assertEquals(List.of(REGAINS + "@Kafr Ruwayha"), types("The army seized Kafr Ruwayha and its weapons depot."));
        assertEquals(List.of("Disrupted weapons use@Bayt Warda"),
                types("Engineers found and defused two roadside bombs in Bayt Warda."),
                "weapons found and defused are no attack");
    }

    @Test
    void stormingAPlaceIsAnAssaultUnlessItIsTaken() {
        assertEquals(List.of("Armed clash@Bayt Warda"), types("HTS fighters stormed Bayt Warda, clashing with the army."));
        assertEquals(List.of("Armed clash@Ayn Dalfa"), types("The army stormed Ayn Dalfa overnight."));
        assertEquals(List.of(OVERTAKES + "@Bayt Warda"), types("HTS fighters stormed and captured Bayt Warda."));
    }
}
