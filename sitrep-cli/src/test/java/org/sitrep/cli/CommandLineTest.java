package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a new user meets it: help, no command, demo in a script. */
class CommandLineTest {
    @TempDir
    Path tmp;

    /** picocli writes its own warnings to System.err, not to the command line's writer. */
    private static String systemErrDuring(Runnable run) {
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            run.run();
        } finally {
            System.setErr(saved);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpOfEveryCommandFormatsWithoutPicocliWarnings() {
        for (String[] args : new String[][] {{"--help"}, {"help", "bench-api"}, {"bench-api", "--help"},
                {"help", "ingest"}, {"help", "extract"}, {"help", "read"}}) {
            String[] status = new String[1];
            String systemErr = systemErrDuring(() -> {
                IngestCommandTest.Run run = IngestCommandTest.sitrep(args);
                status[0] = run.status() + run.err() + run.out();
            });
            assertFalse(systemErr.contains("picocli WARN"), String.join(" ", args) + ": " + systemErr);
            assertFalse(status[0].contains("picocli WARN"), String.join(" ", args) + ": " + status[0]);
        }
    }

    @Test
    void noCommandPrintsTheUsageAndFails() {
        IngestCommandTest.Run run = IngestCommandTest.sitrep();
        assertEquals(2, run.status());
        assertTrue(run.err().contains("Usage: sitrep"), run.err());
        assertTrue(run.err().contains("ingest"), run.err());
    }

    @Test
    void demoOutsideATerminalSaysItWillNotServe() throws Exception {
        Path samples = Files.createDirectories(tmp.resolve("samples"));
        Files.writeString(samples.resolve("note.txt"), "On March 3, 2018, shelling hit the village of Sarjah.\n");
        IngestCommandTest.Run run = IngestCommandTest.sitrep("demo", "--data", tmp.resolve("data").toString(),
                "--samples", samples.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("Not serving"), run.out());
        assertTrue(run.out().contains("--serve"), run.out());
    }
}
