package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A process's memory as Linux counts it, from {@code /proc/PID}: the resident set now and at its
 * peak ({@code VmRSS}, {@code VmHWM} of {@code status}) and the proportional set ({@code Pss} of
 * {@code smaps_rollup}, -1 where the kernel has no such file). The proportional set is what the
 * machine holds for the process: ZGC (when a user chooses it) maps its heap three times, and the
 * resident set counts each heap page once per mapping. Elsewhere nothing is known.
 */
record ProcessMemory(long residentKb, long peakKb, long proportionalKb) {

    /** The process's memory, or empty where {@code /proc} does not tell it (another OS, the process gone). */
    static Optional<ProcessMemory> of(long pid) {
        Path dir = Path.of("/proc", Long.toString(pid));
        try {
            List<String> rollup = Files.isReadable(dir.resolve("smaps_rollup"))
                    ? Files.readAllLines(dir.resolve("smaps_rollup")) : List.of();
            return parse(Files.readAllLines(dir.resolve("status")), rollup);
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** Reads a {@code status} file and a {@code smaps_rollup} file (empty: none); empty without VmRSS and VmHWM. */
    static Optional<ProcessMemory> parse(List<String> statusLines, List<String> rollupLines) {
        long resident = field(statusLines, "VmRSS:");
        long peak = field(statusLines, "VmHWM:");
        if (resident < 0 || peak < 0) {
            return Optional.empty();
        }
        return Optional.of(new ProcessMemory(resident, peak, field(rollupLines, "Pss:")));
    }

    /** The kB figure of the line that starts with {@code name}, or -1. */
    private static long field(List<String> lines, String name) {
        for (String line : lines) {
            if (line.startsWith(name)) {
                return kilobytes(line);
            }
        }
        return -1;
    }

    /** "VmRSS:\t  123456 kB" → 123456; -1 when the line is not in kB. */
    private static long kilobytes(String line) {
        String[] f = line.substring(line.indexOf(':') + 1).trim().split("\\s+");
        if (f.length != 2 || !f[1].equals("kB")) {
            return -1;
        }
        try {
            return Long.parseLong(f[0]);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** "proportional 2,259 MB, resident 5,975 MB (peak 6,299 MB)", without the first part where unknown. */
    String describe() {
        String resident = String.format(java.util.Locale.ROOT, "resident %,d MB (peak %,d MB)", residentKb / 1024,
                peakKb / 1024);
        return proportionalKb < 0 ? resident
                : String.format(java.util.Locale.ROOT, "proportional %,d MB, ", proportionalKb / 1024) + resident;
    }
}
