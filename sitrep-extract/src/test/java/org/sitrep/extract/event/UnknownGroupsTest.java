package org.sitrep.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.English;
import org.sitrep.extract.actor.ActorMention;

class UnknownGroupsTest {
    private final UnknownGroups groups = new UnknownGroups(English.eventWords());

    @Test
    void aCapitalisedNameBeforeAWordForFightersIsAGroup() {
        List<ActorMention> found = groups.find("Clashes broke out when Liwa al-Nasr fighters stormed a checkpoint.",
                List.of());
        assertEquals(1, found.size());
        assertEquals("Liwa al-Nasr", found.get(0).text());
        assertEquals("unidentified", found.get(0).entry().side());
        assertEquals("Liwa al-Nasr", groups.find("On Sunday the Liwa al-Nasr militia withdrew.", List.of())
                .get(0).text());
    }

    @Test
    void aNameAtTheSentencesStartOrOneAlreadyKnownIsNotAddedAgain() {
        assertTrue(groups.find("Government forces advanced.", List.of()).isEmpty());
        String text = "Yesterday Jaysh Wadi fighters attacked.";
        List<ActorMention> known = groups.find(text, List.of());
        assertTrue(groups.find(text, known).isEmpty());
    }
}
