package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sitrep gazetteer import | import-areas | lookup} end to end, on fixtures written here. */
class GazetteerCommandTest {

    private static final String ROW = "%d\t%s\t%s\t%s\t%s\t%s\tP\tPPL\tSY\t\t%s\t\t\t\t0\t\t\t\t2024-01-01%n";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args);
    }

    private Path places() throws IOException {
        Path file = dir.resolve("SY.txt");
        String text = String.format(ROW, 100006, "Sarjah", "Sarjah", "", "35.705", "36.555", "SY07")
                + String.format(ROW, 100007, "Sarjah", "Sarjah", "", "35.310", "36.980", "SY05")
                + "100008\tbroken\tline\n"
                + String.format(ROW, 100009, "Nowhere", "Nowhere", "", "north", "36.1", "SY05");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void importCountsPlacesAndSkipsBrokenLines() throws IOException {
        Path data = dir.resolve("data");
        assertEquals(0, run("gazetteer", "import", "--data", data.toString(), places().toString()));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("imported 2 places from "), printed);
        assertTrue(printed.contains("(2 lines skipped: 1 bad coordinates, 1 too few columns)"), printed);
        String warnings = err.toString(StandardCharsets.UTF_8);
        assertTrue(warnings.contains("SY.txt: line 3: too few columns (skipped)"), warnings);
    }

    @Test
    void aMissingFileIsOneLineAndExitOneWhileTheOthersImport() throws IOException {
        Path data = dir.resolve("data");
        assertEquals(1, run("gazetteer", "import", "--data", data.toString(), dir.resolve("none.txt").toString(),
                places().toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("none.txt: no such file"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("imported 2 places"));
    }

    @Test
    void lookupListsCandidatesWithScoresAndReasons() throws IOException {
        Path data = dir.resolve("data");
        run("gazetteer", "import", "--data", data.toString(), places().toString());
        assertEquals(0, run("gazetteer", "lookup", "--data", data.toString(), "--admin1", "northern Hama", "Sarjah"));
        String printed = out.toString(StandardCharsets.UTF_8);
        String[] lines = printed.split("\n");
        assertTrue(lines[0].endsWith("candidates for \"Sarjah\" (in northern Hama)"), printed);
        assertTrue(lines[1].contains("id 100007"), printed);
        assertTrue(lines[2].contains("in Hama"), printed);
        assertTrue(printed.contains("placed as: name; in Hama"), printed);
    }

    @Test
    void importAreasRefusesWhatIsNotGeoJson() throws IOException {
        Path bad = dir.resolve("areas.geojson");
        Files.writeString(bad, "[1, 2]");
        assertEquals(1, run("gazetteer", "import-areas", "--data", dir.resolve("data").toString(), bad.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("areas.geojson: not a GeoJSON object"));
    }
}
