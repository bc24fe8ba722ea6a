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
    private static final List<String> STATUS = List.of("Name:\tjava", "VmPeak:\t 9000000 kB", "VmHWM:\t 6291456 kB",
            "VmRSS:\t 6144000 kB", "RssShmem:\t 5820000 kB", "Threads:\t40");

    @Test
    void readsResidentPeakAndProportionalSets() {
        Optional<ProcessMemory> m = ProcessMemory.parse(STATUS, List.of("00400000-ffffffff ---p 00000000 00:00 0 [rollup]",
                "Rss:             6144000 kB", "Pss:             2310144 kB", "Pss_Shmem:       2023424 kB"));
        assertEquals(Optional.of(new ProcessMemory(6_144_000, 6_291_456, 2_310_144)), m);
        assertEquals("proportional 2,256 MB, resident 6,000 MB (peak 6,144 MB)", m.get().describe());
    }

    @Test
    void withoutARollupOnlyTheResidentSetIsTold() {
        ProcessMemory m = ProcessMemory.parse(STATUS, List.of()).orElseThrow();
        assertEquals(-1, m.proportionalKb());
        assertEquals("resident 6,000 MB (peak 6,144 MB)", m.describe());
    }

    @Test
    void aStatusWithoutTheLinesOrWithOtherUnitsTellsNothing() {
        assertEquals(Optional.empty(), ProcessMemory.parse(List.of("Name:\tjava", "VmRSS:\t 1048576 kB"), List.of()));
        assertEquals(Optional.empty(), ProcessMemory.parse(List.of("VmHWM:\t 2 MB", "VmRSS:\t 1 MB"), List.of()));
        assertEquals(Optional.empty(), ProcessMemory.parse(List.of(), List.of()));
    }

    @Test
    void readsThisJvmOnLinux() {
        assumeTrue(Files.isReadable(Path.of("/proc/self/status")), "no /proc here: memory is read on Linux only");
        ProcessMemory m = ProcessMemory.of(ProcessHandle.current().pid()).orElseThrow();
        assertTrue(m.residentKb() > 10_000, "a JVM running tests holds more than 10 MB: " + m);
        assertTrue(m.peakKb() >= m.residentKb(), m.toString());
        if (Files.isReadable(Path.of("/proc/self/smaps_rollup"))) {
            assertTrue(m.proportionalKb() > 0 && m.proportionalKb() <= m.residentKb(), m.toString());
        }
    }

    @Test
    void aProcessThatIsGoneTellsNothing() {
        assertEquals(Optional.empty(), ProcessMemory.of(Long.MAX_VALUE));
    }
}
