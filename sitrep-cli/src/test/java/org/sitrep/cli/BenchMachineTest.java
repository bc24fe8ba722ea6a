package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BenchMachineTest {
    @Test
    void readsTheThreeLoadAveragesOfProcLoadavg() {
        assertEquals(Optional.of("0.52 1.31 12.07 (1, 5, 15 min)"), BenchMachine.loadAverages("0.52 1.31 12.07 2/181 4242\n"));
    }

    @Test
    void refusesALineThatIsNotLoadAverages() {
        assertEquals(Optional.empty(), BenchMachine.loadAverages(""));
        assertEquals(Optional.empty(), BenchMachine.loadAverages("busy 1.0 2.0"));
    }

    @Test
    void theLineNamesWhenTheLoadTheCoresAndTheCommit() {
        String line = BenchMachine.line("start");
        assertTrue(line.matches("machine at start: load (\\d+\\.\\d\\d.*|unknown), \\d+ cores, Java \\S+, commit "
                + "([0-9a-f]{4,}( with uncommitted changes)?|unknown), \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), line);
    }
}
