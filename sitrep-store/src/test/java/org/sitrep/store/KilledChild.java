package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A test's writer in a JVM of its own, killed: the crash tests run a main class of the tests, check
 * the lines it prints first (what it has done), and kill it where it then waits.
 */
final class KilledChild {
    private KilledChild() {
    }

    /**
     * Runs {@code main} with {@code args}, asserts that its first lines are {@code expected} (its
     * stderr in the message otherwise), runs {@code meanwhile}, then kills it and waits for its end.
     */
    static void killAfter(Class<?> main, List<String> args, List<String> expected, Runnable meanwhile)
            throws Exception {
        Path err = Files.createTempFile("killed-child", ".err");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(args);
        Process child = new ProcessBuilder(command).redirectError(err.toFile()).start();
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            List<String> lines = reader.submit(() -> firstLines(child, expected.size())).get(3, TimeUnit.MINUTES);
            assertEquals(expected, lines, () -> "child stderr: " + readQuietly(err));
            meanwhile.run();
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(1, TimeUnit.MINUTES), "the killed child did not end");
            reader.shutdownNow();
            Files.deleteIfExists(err);
        }
    }

    /** Up to {@code count} lines, fewer if the child ends first (its stdout left open: it may print on). */
    private static List<String> firstLines(Process child, int count) throws IOException {
        List<String> lines = new ArrayList<>();
        BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while (lines.size() < count && (line = in.readLine()) != null) {
            lines.add(line);
        }
        return lines;
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
