package org.sitrep.extract.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.extract.learn.EventModel.Head;

class ModelFileTest {
    @TempDir
    Path dir;

    private static EventModel trained() {
        return new Trainer(FeatureSpec.DEFAULT, 4.0, null)
                .train(AcledRecords.byNote(SyntheticNotes.records(120, 7)), "synthetic.csv (120 records)");
    }

    @Test
    void aWrittenModelReadsBackWithTheSameWeightsAndPredictions() throws IOException {
        EventModel model = trained();
        Path file = dir.resolve("m.model");
        ModelFile.write(model, file);
        EventModel back = ModelFile.read(file);
        assertEquals(model.spec(), back.spec());
        assertEquals("synthetic.csv (120 records)", back.trainedOn());
        for (Head h : model.heads().keySet()) {
            LinearClassifier a = model.head(h).orElseThrow();
            LinearClassifier b = back.head(h).orElseThrow();
            assertEquals(a.labels(), b.labels());
            assertArrayEquals(a.features(), b.features());
            assertArrayEquals(a.weights(), b.weights());
            SparseVector x = model.features().vector("Rebels captured a hill after clashes with the army.");
            assertArrayEquals(a.probabilities(x), b.probabilities(x), 1e-12);
        }
    }

    @Test
    void theHeaderIsReadableTextAndTheFileHoldsNoWordOfTheNotes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelFile.write(trained(), out);
        String text = out.toString(StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("sitrep-model 1\nfeatures bits=18 words=1-2 chars=3-5\n"), text.substring(0, 80));
        assertTrue(text.contains("head event_type\t"));
        assertFalse(text.contains("Ain Zara"));
        assertFalse(new String(ungzipBody(out.toByteArray()), StandardCharsets.ISO_8859_1).contains("Zara"));
    }

    @Test
    void aFileThatIsNoModelOrIsTruncatedGivesAClearError() throws IOException {
        Path junk = dir.resolve("junk.model");
        Files.writeString(junk, "hello\n");
        IOException e = assertThrows(IOException.class, () -> ModelFile.read(junk));
        assertTrue(e.getMessage().contains("not a Sitrep model"), e.getMessage());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelFile.write(trained(), out);
        byte[] half = Arrays.copyOf(out.toByteArray(), out.size() / 2);
        assertThrows(IOException.class, () -> ModelFile.read(new ByteArrayInputStream(half), "half.model"));
    }

    @Test
    void writingReplacesTheFileWhole() throws IOException {
        Path file = dir.resolve("m.model");
        Files.writeString(file, "old");
        ModelFile.write(trained(), file);
        assertTrue(Files.readString(file, StandardCharsets.ISO_8859_1).startsWith("sitrep-model"));
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count());
        }
    }

    private static byte[] ungzipBody(byte[] file) throws IOException {
        int i = 0;
        while (!(file[i] == '\n' && file[i + 1] == '\n')) {
            i++;
        }
        try (var in = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(file, i + 2, file.length))) {
            return in.readAllBytes();
        }
    }
}
