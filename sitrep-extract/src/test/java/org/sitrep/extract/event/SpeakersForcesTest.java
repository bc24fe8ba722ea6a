package org.sitrep.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/** "The ministry said its forces took X": the speaker's own forces act in what it tells. */
class SpeakersForcesTest {
    private static Event only(String text) {
        List<Event> events = EventFixtures.extracted(text);
        assertEquals(1, events.size(), text + " -> " + events);
        return events.get(0);
    }

    @Test
    void theSpeakersForcesNamedByAPossessiveAreItsActor() {
        Event taken = only("On Monday, the Russian defence ministry said its forces had captured Tal Sukkar.");
        assertEquals("Russian forces", taken.actor1().name());
        assertEquals("reported", taken.attribution().modality());
        assertEquals("Hay'at Tahrir al-Sham", only("On Monday, HTS said its fighters shelled Kafr Ruwayha.").actor1().name());
    }

    @Test
    void aSpeakerWithNoArmedActorOrNoForcesNamedGivesNone() {
        Event shelled = only("On Monday, residents said their houses in Kafr Ruwayha were shelled by the SAA.");
        assertEquals("Syrian Arab Army", shelled.actor1().name(), "houses are no forces: the shelling's agent acts");
    }
}
