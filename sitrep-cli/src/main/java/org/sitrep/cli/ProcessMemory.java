package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A process's resident memory as its operating system counts it (what a machine must hold, heap,
 * code, mapped files and native buffers together), read from Linux's {@code /proc/PID/status}: now
 * ({@code VmRSS}) and at its peak ({@code VmHWM}). Elsewhere nothing is known.
 */
record ProcessMemory(long residentKb, long peakKb) {

    /** The process's memory, or empty where {@code /proc} does not tell it (another OS, the process gone). */
    static Optional<ProcessMemory> of(long pid) {
        try {
            return parse(Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")));
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** Reads the two lines of a {@code status} file; empty when either is missing. */
    static Optional<ProcessMemory> parse(List<String> statusLines) {
        long resident = -1;
        long peak = -1;
        for (String line : statusLines) {
            if (line.startsWith("VmRSS:")) {
                resident = kilobytes(line);
            } else if (line.startsWith("VmHWM:")) {
                peak = kilobytes(line);
            }
        }
        return resident < 0 || peak < 0 ? Optional.empty() : Optional.of(new ProcessMemory(resident, peak));
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

    /** "resident 1,234 MB (peak 1,456 MB)". */
    String describe() {
        return String.format(java.util.Locale.ROOT, "resident %,d MB (peak %,d MB)", residentKb / 1024, peakKb / 1024);
    }
}
