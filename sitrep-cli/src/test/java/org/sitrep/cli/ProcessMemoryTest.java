package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProcessMemoryTest {

    @Test
    void readsResidentAndPeakFromAStatusFile() {
        Optional<ProcessMemory> m = ProcessMemory.parse(List.of("Name:\tjava", "VmPeak:\t 9000000 kB",
                "VmHWM:\t 2097152 kB", "VmRSS:\t 1048576 kB", "Threads:\t40"));
        assertEquals(Optional.of(new ProcessMemory(1_048_576, 2_097_152)), m);
        assertEquals("resident 1,024 MB (peak 2,048 MB)", m.get().describe());
    }

    @Test
    void aStatusWithoutTheLinesOrWithOtherUnitsTellsNothing() {
        assertEquals(Optional.empty(), ProcessMemory.parse(List.of("Name:\tjava", "VmRSS:\t 1048576 kB")));
        assertEquals(Optional.empty(), ProcessMemory.parse(List.of("VmHWM:\t 2 MB", "VmRSS:\t 1 MB")));
        assertEquals(Optional.empty(), ProcessMemory.parse(List.of()));
    }

    @Test
    void readsThisJvmOnLinux() {
        assumeTrue(Files.isReadable(Path.of("/proc/self/status")), "no /proc here: memory is read on Linux only");
        ProcessMemory m = ProcessMemory.of(ProcessHandle.current().pid()).orElseThrow();
        assertTrue(m.residentKb() > 10_000, "a JVM running tests holds more than 10 MB: " + m);
        assertTrue(m.peakKb() >= m.residentKb(), m.toString());
    }

    @Test
    void aProcessThatIsGoneTellsNothing() {
        assertEquals(Optional.empty(), ProcessMemory.of(Long.MAX_VALUE));
    }
}
