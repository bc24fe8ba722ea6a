package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: {@code extract --max-size} past the heap's reach on a big file died with an
 * OutOfMemoryError stack trace and ended the run. Run in a JVM of its own with a small heap.
 */
class LargeDocumentTest {
    @TempDir
    Path tmp;

    /** One paragraph of about {@code bytes} bytes: the worst case, held whole while it is read. */
    private Path oneParagraph(String name, int bytes) throws IOException {
        StringBuilder s = new StringBuilder(bytes + 200);
        for (int i = 0; s.length() < bytes; i++) {
            s.append("On March ").append(i % 28 + 1).append(", 2018, the army shelled the village number ").append(i)
                    .append(" and ").append(i % 7 + 2).append(" militants were killed. ");
        }
        return Files.writeString(tmp.resolve(name), s.append('\n'));
    }

    @Test
    void aDocumentTooLargeForTheHeapIsRefusedInOneLineAndTheRunGoesOn() throws Exception {
        Path big = oneParagraph("big.txt", 3_000_000);
        Path small = Files.writeString(tmp.resolve("small.txt"),
                "On March 3, 2018, the Syrian Arab Army shelled the town of Suqaylabiyah in northern Hama.\n");
        List<String> cmd = OwnJvm.command(List.of("-Xmx400m"), "extract", "--threads", "1", "--data",
                tmp.resolve("data").toString(), "--max-size", "200000000", big.toString(), small.toString());
        Process p = new ProcessBuilder(cmd).redirectOutput(tmp.resolve("out").toFile())
                .redirectError(tmp.resolve("err").toFile()).start();
        boolean finished = p.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            p.destroyForcibly();
        }
        assertTrue(finished, "extract did not finish (a heap too small for the document thrashes)");
        String out = Files.readString(tmp.resolve("out"), StandardCharsets.UTF_8);
        String err = Files.readString(tmp.resolve("err"), StandardCharsets.UTF_8);
        assertEquals(1, p.exitValue(), err);
        assertFalse(err.contains("OutOfMemoryError"), err);
        assertFalse(err.contains("\tat "), "no stack trace: " + err);
        List<String> lines = err.strip().lines().toList();
        assertEquals(1, lines.size(), err);
        assertTrue(lines.get(0).startsWith("sitrep: " + big + ": too large to read as one document"), err);
        assertTrue(out.contains("Suqaylabiyah"), "the next file is still extracted: " + out);
    }
}
