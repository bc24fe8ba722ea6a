package org.sitrep.extract.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelChoiceTest {
    @TempDir
    Path data;

    private Path writeModel(String name, String trainedOn) throws IOException {
        Path file = data.resolve(name);
        ModelFile.write(new Trainer(FeatureSpec.DEFAULT, 4.0, null)
                .train(AcledRecords.byNote(SyntheticNotes.records(40, 9)), trainedOn), file);
        return file;
    }

    @Test
    void noModelWinsThenTheModelFileThenTheDataDirectorysSetting() throws IOException {
        Path mine = writeModel("mine.model", "mine");
        writeModel("setting.model", "from the setting");
        Files.writeString(data.resolve(ModelChoice.SETTINGS), "model = setting.model\n");
        assertNull(ModelChoice.load(data, mine, true));
        assertEquals("mine", ModelChoice.load(data, mine, false).trainedOn());
        assertEquals("from the setting", ModelChoice.load(data, null, false).trainedOn());
    }

    @Test
    void theSettingNoneMeansRulesOnly() throws IOException {
        Files.writeString(data.resolve(ModelChoice.SETTINGS), "model=none\n");
        assertNull(ModelChoice.load(data, null, false));
    }

    @Test
    void withoutASettingTheBundledModelIsUsedWhenTheJarHasOne() throws IOException {
        EventModel bundled = ModelFile.bundled();
        EventModel chosen = ModelChoice.load(data, null, false);
        assertEquals(bundled == null, chosen == null);
        if (bundled != null) {
            assertEquals(bundled.trainedOn(), chosen.trainedOn());
        }
    }

    @Test
    void aMissingOrBrokenModelFileIsAnErrorNamingIt() throws IOException {
        Path broken = data.resolve("broken.model");
        Files.writeString(broken, "sitrep-model 1\nfeatures bits=18 words=1-2 chars=3-5\nhead event_type\tA\tB\n\n");
        IOException e = assertThrows(IOException.class, () -> ModelChoice.load(data, broken, false));
        assertTrue(e.getMessage().contains("broken.model"), e.getMessage());
        assertThrows(IOException.class, () -> ModelChoice.load(data, data.resolve("absent.model"), false));
    }
}
