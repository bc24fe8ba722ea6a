package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.actor.ActorDictionary;
import org.sitrep.model.Event;

/** Coders' notes that open with the kind of event they record ("Defusal: ..."), written for these tests. */
class LabelledNotesTest {
    private static final RuleBasedExtractor EXTRACTOR =
            new RuleBasedExtractor(ActorDictionary.bundled(), new FakeGeocoder());

    private static List<Event> extract(String body) {
        return EXTRACTOR.extract(TestReports.of(body, LocalDate.of(2024, 3, 12)));
    }

    @Test
    void aLabelledNoteTellsItsKindInEachPlaceItNames() {
        List<Event> events = extract("Defusal: SAA engineers defused two IEDs in Tal Sukkar and Kafr Ruwayha.");
        assertEquals(List.of("Tal Sukkar", "Kafr Ruwayha"),
                events.stream().map(e -> e.location().name()).toList());
        assertTrue(events.stream().allMatch(e -> e.subEventType().equals("Disrupted weapons use")), events.toString());
    }

    @Test
    void theLabelsOfSecurityMeasuresAndExplosivesAreStrategicDevelopments() {
        assertEquals("Other", extract("Security measures: the SAA closed the roads around Kafr Ruwayha.").get(0)
                .subEventType());
        assertEquals("Disrupted weapons use", extract("Explosives: HTS fighters found a cache of explosives in Tal "
                + "Sukkar.").get(0).subEventType());
    }

    @Test
    void theBodiesOfAMassGraveAreNoDeathsOfTheDayItWasFound() {
        Event e = extract("Mass graves: the SAA found a mass grave with the bodies of 40 people near Tal Sukkar.").get(0);
        assertEquals("Other", e.subEventType());
        assertEquals(0, e.fatalities());
    }
}
