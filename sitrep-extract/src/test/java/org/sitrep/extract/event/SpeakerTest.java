package org.sitrep.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.FakeGeocoder;
import org.sitrep.extract.RuleBasedExtractor;
import org.sitrep.extract.TestReports;
import org.sitrep.model.Event;

/** A speaker is a source, not an actor: who says, accuses or blames leaves the roles to the clause it introduces. */
class SpeakerTest {
    private static final RuleBasedExtractor EXTRACTOR = new RuleBasedExtractor(EventFixtures.ACTORS, new FakeGeocoder());

    private static Event only(String text) {
        List<Event> events = EXTRACTOR.extract(TestReports.of(text, LocalDate.of(2019, 3, 12)));
        assertEquals(1, events.size(), events.toString());
        return events.get(0);
    }

    @Test
    void theAccuserIsTheSourceAndTheAccusedTheAttacker() {
        Event e = only("On March 10, HTS accused the army of shelling Bayt Warda, killing 4 civilians.");
        assertEquals("Syrian Arab Army", e.actor1().name());
        assertEquals("HTS", e.attribution().source());
        assertEquals("claimed", e.attribution().modality());
        Event blamed = only("On March 10, the Syrian government blamed HTS for the car bomb in Qalat Nur that killed "
                + "6 people.");
        assertEquals("Hay'at Tahrir al-Sham", blamed.actor1().name());
        assertEquals(6, blamed.fatalities());
    }

    @Test
    void whoSaysAnotherSideStruckIsNotTheAttacker() {
        Event e = only("On March 10, the SAA said the attack on Bayt Warda was carried out by HTS drones.");
        assertEquals("Hay'at Tahrir al-Sham", e.actor1().name());
        assertEquals("SAA", e.attribution().source());
    }

    @Test
    void whoClaimsResponsibilityCarriedItOut() {
        Event e = only("On March 10, HTS claimed responsibility for a car bomb in Qalat Nur that killed 6 soldiers.");
        assertEquals("Hay'at Tahrir al-Sham", e.actor1().name());
        assertEquals("claimed", e.attribution().modality());
        Event later = only("On March 10, a car bomb killed 5 civilians in Bayt Warda. The Islamic State claimed "
                + "responsibility for the attack.");
        assertEquals("Islamic State", later.actor1().name(), "the claim names who did the act told before");
        assertEquals(5, later.fatalities());
        Event known = only("On March 10, the SAA shelled Bayt Warda, killing 3 civilians. HTS claimed responsibility "
                + "for the attack.");
        assertEquals("Syrian Arab Army", known.actor1().name(), "a claim does not replace an author the text names");
    }

    @Test
    void aTrailingAttributionLeavesTheActorsOfWhatItTells() {
        Event e = only("On March 10, Syrian government air strikes killed 9 civilians in Bayt Warda the monitor said "
                + "on Monday.");
        assertEquals("Syrian government", e.actor1().name());
        assertEquals("reported", e.attribution().modality());
        Event comma = only("On March 10, HTS shelled Qalat Nur, killing 3 civilians, a SANA correspondent reported.");
        assertEquals("Hay'at Tahrir al-Sham", comma.actor1().name());
    }

    @Test
    void anAttributionThatOpensTheClaimStillDropsWhatComesBeforeIt() {
        Event e = only("On March 10, the army clashed with HTS fighters in Tal Sukkar with reports that HTS had "
                + "managed to retake Tal Sukkar from the army.");
        assertEquals("Hay'at Tahrir al-Sham", e.actor1().name(), e.toString());
    }
}
