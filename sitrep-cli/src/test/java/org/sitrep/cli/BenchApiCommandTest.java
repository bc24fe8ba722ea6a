package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The API benchmark end to end, small: a store filled here, served by a `sitrep serve` process of its own. */
class BenchApiCommandTest {
    @Test
    void servesTheStoreFromItsOwnProcessAndPrintsTheFigures() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out), new PrintWriter(err), "bench-api", "--events", "300",
                "--places", "40", "--clients", "4", "--requests", "60", "--warm-up", "10", "--think", "0,5", "--exports", "20");

        assertEquals(0, status, out + "\n" + err);
        List<String> lines = out.toString().lines().toList();
        assertTrue(lines.get(0).startsWith("machine at start: load "), out.toString());
        assertTrue(lines.get(1).startsWith("stored 300 events"), out.toString());
        assertTrue(lines.get(lines.size() - 1).startsWith("machine at end: load "), out.toString());
        for (String pace : List.of("back to back", "5 ms pause")) {
            assertTrue(lines.stream().anyMatch(l -> l.matches("bench-api: " + pace
                    + ": p99 events [\\d.]+ ms, control [\\d.]+ ms, areas [\\d.]+ ms, map [\\d.]+ ms, errors 0")), pace + " in:\n" + out);
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains("Accept-Encoding gzip, server JVM -Xmx1536m -XX:+UseG1GC -XX:MaxGCPauseMillis=15")), out.toString());
        // the server's own memory, not the load generator's: a JVM serving a store holds tens of MB at least
        String proportional = Files.isReadable(Path.of("/proc/self/smaps_rollup")) ? "proportional [1-9][\\d,]* MB, " : "";
        String memory = Files.isReadable(Path.of("/proc/self/status"))
                ? "server memory: " + proportional + "resident [1-9][\\d,]* MB \\(peak [1-9][\\d,]* MB\\)"
                : "server memory: unknown \\(read from /proc on Linux only\\)";
        assertTrue(lines.stream().anyMatch(l -> l.matches(memory)), out.toString());
        // one line of the server's CPU time per pass (its figure may round to 0.0 s on a pass this short)
        String cpu = ProcessHandle.current().info().totalCpuDuration().isPresent()
                ? "server CPU: [\\d.]+ s in [\\d.]+ s \\([\\d.]+ of \\d+ cores\\), [\\d.]+ ms a request"
                : "server CPU: unknown \\(the OS does not tell a process's CPU time\\)";
        assertEquals(2, lines.stream().filter(l -> l.matches(cpu)).count(), out.toString());
        if (ProcessHandle.current().info().totalCpuDuration().isPresent()) {
            // the clients' own share beside it, one line each pass (a short pass may round to 0.0 s too)
            assertEquals(2, lines.stream().filter(l -> l.matches("load generator CPU: [\\d.]+ s \\([\\d.]+ of \\d+ cores\\)"))
                    .count(), out.toString());
        }
        assertTrue(lines.stream().anyMatch(l -> l.matches("GET /api/export \\(GeoJSON, filtered\\) +\\d+ .* 0")),
                "the exports among the requests, without errors:\n" + out);
        // each pass's event pages again by filter, below them: the same requests, counted once each
        int eventsRow = lines.indexOf(lines.stream().filter(l -> l.startsWith(ApiLoad.EVENTS)).findFirst().orElseThrow());
        List<String> byFilter = lines.subList(eventsRow + 1, eventsRow + 9);
        assertTrue(byFilter.stream().allMatch(l -> l.startsWith(ApiLoad.BY_FILTER)), out.toString());
        assertEquals(count(lines.get(eventsRow)), byFilter.stream().mapToInt(BenchApiCommandTest::count).sum(),
                out.toString());
    }

    /** The count column of a row of figures. */
    private static int count(String row) {
        String[] words = row.substring(34).trim().split(" +");
        return Integer.parseInt(words[0]);
    }

    @Test
    void anEncodingOtherThanGzipOrIdentityIsRefusedBeforeAnythingIsStored() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out), new PrintWriter(err), "bench-api", "--events", "10",
                "--accept-encoding", "br");

        assertEquals(2, status, out + "\n" + err);
        assertTrue(err.toString().contains("--accept-encoding must be gzip or identity, not 'br'"), err.toString());
        assertEquals("", out.toString());
    }
}
