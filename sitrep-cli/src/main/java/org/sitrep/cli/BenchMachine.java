package org.sitrep.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The line every benchmark prints before and after its figures: the commit measured and how busy
 * the machine was. On a shared machine a figure moves by a third with the load; with these beside
 * it, a figure can be retaken under the same conditions or told apart from the machine's mood.
 */
final class BenchMachine {
    private static final Path LOAD_AVERAGE = Path.of("/proc/loadavg");

    private BenchMachine() {
    }

    /** "machine at start: load 0.52 0.31 0.20 (1, 5, 15 min), 2 cores, Java 17.0.15, commit abc1234, 2026-…Z" */
    static String line(String when) {
        return String.format(Locale.ROOT, "machine at %s: load %s, %d cores, Java %s, commit %s, %s", when, load(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), commit(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    /** The 1, 5 and 15-minute load averages where the system gives them, else the JVM's one-minute figure. */
    static String load() {
        try {
            Optional<String> read = loadAverages(Files.readString(LOAD_AVERAGE, StandardCharsets.US_ASCII));
            if (read.isPresent()) {
                return read.get();
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: the JVM's figure below
        }
        double oneMinute = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return oneMinute < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f (1 min)", oneMinute);
    }

    /** The first three fields of /proc/loadavg ("0.52 0.31 0.20 1/180 4242"). */
    static Optional<String> loadAverages(String procLoadavg) {
        String[] f = procLoadavg.strip().split("\\s+");
        if (f.length < 3 || !f[0].matches("\\d+\\.\\d+") || !f[1].matches("\\d+\\.\\d+") || !f[2].matches("\\d+\\.\\d+")) {
            return Optional.empty();
        }
        return Optional.of(f[0] + " " + f[1] + " " + f[2] + " (1, 5, 15 min)");
    }

    /** The checkout's commit, marked when files differ from it; "unknown" outside a git checkout. */
    static String commit() {
        Optional<Path> root = checkout();
        if (root.isEmpty()) {
            return "unknown";
        }
        Optional<String> head = git(root.get(), "rev-parse", "--short", "HEAD");
        if (head.isEmpty() || head.get().isBlank()) {
            return "unknown";
        }
        boolean changed = git(root.get(), "status", "--porcelain", "--untracked-files=no").map(s -> !s.isBlank())
                .orElse(false);
        return head.get().strip() + (changed ? " with uncommitted changes" : "");
    }

    /** The git checkout this program was built in: up from its jar or classes to a directory with .git. */
    private static Optional<Path> checkout() {
        try {
            Path p = Path.of(BenchMachine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (; p != null; p = p.getParent()) {
                if (Files.exists(p.resolve(".git"))) {
                    return Optional.of(p);
                }
            }
        } catch (Exception e) {
            // no code source to start from
        }
        return Optional.empty();
    }

    private static Optional<String> git(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                return Optional.empty();
            }
            return Optional.of(out);
        } catch (IOException e) {
            return Optional.empty(); // no git on this machine
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
