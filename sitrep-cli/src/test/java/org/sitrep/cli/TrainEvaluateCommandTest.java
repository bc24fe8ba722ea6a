package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.extract.learn.EventModel;
import org.sitrep.extract.learn.ModelFile;

/** train and evaluate on ACLED-format records written for this test. */
class TrainEvaluateCommandTest {
    private static final String[] PLACES = {"Kafr Nabudah", "Suqaylabiyah", "Latamneh", "Morek", "Khan Shaykhun",
        "Kafr Zita"};

    @TempDir
    Path tmp;

    private Path records() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("data_id,event_date,event_type,actor1,actor2,country,latitude,longitude,geo_precision,fatalities,notes");
        int id = 1;
        for (int day = 1; day <= 6; day++) {
            for (String place : PLACES) {
                lines.add(id++ + ",2019-11-0" + day + ",Remote violence,Military Forces of Syria (2000-),,Syria,,,,0,"
                        + "\"On November " + day + ", 2019 the Syrian Arab Army shelled " + place + " in northern Hama.\"");
                lines.add(id++ + ",2019-11-0" + day + ",Battle-No change of territory,Military Forces of Syria (2000-),"
                        + "Hayat Tahrir al-Sham,Syria,,,,0,\"On November " + day + ", 2019 the Syrian Arab Army clashed "
                        + "with Hayat Tahrir al-Sham near " + place + " in northern Hama.\"");
            }
        }
        Path file = tmp.resolve("records.csv");
        Files.write(file, lines);
        return file;
    }

    @Test
    void trainWritesAModelOfTheRecordsWithoutTheirText() throws Exception {
        Path model = tmp.resolve("war.model");
        IngestCommandTest.Run run = IngestCommandTest.sitrep("train", "--acled", records().toString(), "--out", model.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.err().contains("train: event_type:"), run.err());
        EventModel m = ModelFile.read(model);
        assertTrue(m.trainedOn().contains("records.csv (72 records)"), m.trainedOn());
        assertFalse(Files.readString(model, java.nio.charset.StandardCharsets.ISO_8859_1).contains("Nabudah"));
    }

    @Test
    void aCorrectionReplacesTheRecordsOfItsNote() throws Exception {
        Path corrections = tmp.resolve("reviewed.csv");
        Files.writeString(corrections, "notes,event_type,sub_event_type\n"
                + "\"On November 1, 2019 the Syrian Arab Army shelled Morek in northern Hama.\",Explosions/Remote violence,"
                + "Air/drone strike\n"
                + "\"A note no record has.\",Protests,Peaceful protest\n");
        Path model = tmp.resolve("war.model");
        IngestCommandTest.Run run = IngestCommandTest.sitrep("train", "--acled", records().toString(),
                "--corrections", corrections.toString(), "--out", model.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.err().contains("73 distinct notes (1 replaced by corrections)"), run.err());
        assertTrue(ModelFile.read(model).trainedOn().contains("corrections reviewed.csv (2 records)"));
    }

    @Test
    void evaluateCrossValidatesAndScoresHeldOutNotesOnly() throws Exception {
        IngestCommandTest.Run run = IngestCommandTest.sitrep("evaluate", "--data", tmp.resolve("data").toString(),
                "--acled", records().toString(), "--folds", "3");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("72 records, 72 distinct notes"), run.out());
        assertTrue(run.out().contains("classifier, 3-fold cross-validated"), run.out());
        assertTrue(run.out().contains("rules + model, 3-fold cross-validated:"), run.out());
        assertTrue(run.err().contains("fold 3/3: trained on 48 notes"), run.err());
    }

    @Test
    void evaluateWarnsWhenTheModelWasTrainedOnTheSameRecords() throws Exception {
        Path records = records();
        Path model = tmp.resolve("war.model");
        assertEquals(0, IngestCommandTest.sitrep("train", "--acled", records.toString(), "--out", model.toString()).status());
        IngestCommandTest.Run run = IngestCommandTest.sitrep("evaluate", "--data", tmp.resolve("data").toString(),
                "--acled", records.toString(), "--model", model.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("are not measures"), run.out());
    }

    @Test
    void badRecordsAreAOneLineErrorAndNoModelIsWritten() throws Exception {
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "notes,event_type\nSomething happened.,Skirmish\n");
        Path model = tmp.resolve("none.model");
        IngestCommandTest.Run run = IngestCommandTest.sitrep("train", "--acled", bad.toString(), "--out", model.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().strip().startsWith("sitrep: " + bad + ":2: unknown ACLED event type 'Skirmish'"), run.err());
        assertFalse(Files.exists(model));
    }

    @Test
    void modelAndNoModelExcludeEachOther() throws Exception {
        Path in = tmp.resolve("r.txt");
        Files.writeString(in, "On November 14, 2019 militants shelled Morek in northern Hama.\n");
        IngestCommandTest.Run run = IngestCommandTest.sitrep("extract", "--data", tmp.resolve("data").toString(),
                "--no-model", "--model", tmp.resolve("x.model").toString(), in.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("--model and --no-model exclude each other"), run.err());
        IngestCommandTest.Run rules = IngestCommandTest.sitrep("extract", "--data", tmp.resolve("data").toString(),
                "--no-model", in.toString());
        assertEquals(0, rules.status(), rules.err());
        assertTrue(rules.out().contains("Shelling/artillery/missile attack"), rules.out());
    }
}
