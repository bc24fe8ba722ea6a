package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Event;

/** Building the extractor from a data directory, with the built-in gazetteer (a few seconds per load). */
class ExtractorsTest {
    static final String SAHEL_DICTIONARY = "#! country ML\n"
            + "Katiba Ansar al-Wadi\tjihadists\t2\t\t\tactor\tKatiba Ansar al-Wadi\tKAW|Ansar al-Wadi fighters\n";
    static final String SAHEL_AMBUSH = "On November 14, Ansar al-Wadi fighters ambushed an army patrol near Mopti, "
            + "killing 6 soldiers.";
    static final String SYRIAN_CAPTURE = "On November 14, the Syrian Arab Army captured Khan Shaykhun in southern Idlib.";

    @TempDir
    Path data;

    private static List<Event> extract(RuleBasedExtractor x, String body) {
        return x.extract(TestReports.of(body, LocalDate.of(2018, 11, 20)));
    }

    @Test
    void theBundledDataAloneMakesAWorkingExtractor() throws IOException {
        RuleBasedExtractor x = Extractors.load(null, List.of(), List.of());
        List<Event> events = extract(x, SYRIAN_CAPTURE);
        assertEquals(1, events.size(), events.toString());
        Event e = events.get(0);
        assertEquals("Government regains territory", e.subEventType());
        assertEquals("Syrian Arab Army", e.actor1().name());
        assertEquals("Syria", e.country());
        assertTrue(e.location().placed(), e.location().toString());
    }

    @Test
    void aVillageTheGazetteerKnowsInTheActorsWarIsReadWholeNotAsTheTownItsFirstWordNames() throws IOException {
        RuleBasedExtractor x = Extractors.load(null, List.of(), List.of());
        for (String s : List.of("On November 14, Kurdish fighters captured Tal Tamr.",
                "On November 14, Kurdish fighters took control of Tell Tamer after heavy clashes.",
                "Kurdish fighters clashed with jihadists in Tal Tamr on November 14.",
                "On November 14, Turkish-backed rebels shelled Tal Hamis.")) {
            List<Event> events = extract(x, s);
            assertEquals(1, events.size(), s + " " + events);
            assertTrue(events.get(0).location().name().startsWith("Tall "), s + " " + events.get(0).location());
        }
    }

    @Test
    void anActorFileInTheDataDirectoryIsPickedUp() throws IOException {
        Files.createDirectories(data.resolve("actors"));
        Files.writeString(data.resolve("actors/sahel.tsv"), SAHEL_DICTIONARY);
        RuleBasedExtractor x = Extractors.load(data, List.of(), List.of());
        List<Event> events = extract(x, SAHEL_AMBUSH);
        assertEquals(1, events.size(), events.toString());
        Event e = events.get(0);
        assertEquals("Katiba Ansar al-Wadi", e.actor1().name());
        assertEquals("jihadists", e.actor1().side());
        assertEquals(6, e.fatalities());
        assertEquals("Mali", e.country());
    }

    @Test
    void userActorFilesAreTheDirectorysTsvFilesInNameOrder() throws IOException {
        assertEquals(List.of(), Extractors.userActorFiles(null));
        assertEquals(List.of(), Extractors.userActorFiles(data), "no actors folder");
        Path dir = Files.createDirectories(data.resolve("actors"));
        Files.writeString(dir.resolve("b.tsv"), "");
        Files.writeString(dir.resolve("a.tsv"), "");
        Files.writeString(dir.resolve("notes.txt"), "");
        assertEquals(List.of(dir.resolve("a.tsv"), dir.resolve("b.tsv")), Extractors.userActorFiles(data));
    }
}
