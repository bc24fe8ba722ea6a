package org.sitrep.store.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceRegistryTest {
    private final SourceRegistry bundled = SourceRegistry.bundled();

    @Test
    void anAliasMeansItsSource() {
        assertEquals("Syrian Observatory for Human Rights", bundled.find("SOHR").orElseThrow().name());
        assertEquals("syrian observatory for human rights", bundled.canonicalKey("the Observatory"));
        assertEquals(SourceKind.MONITOR, bundled.find("sohr").orElseThrow().kind());
        assertEquals("some blog", bundled.canonicalKey("Some  Blog"));
    }

    @Test
    void oneOwnerOrARelayIsNotIndependent() {
        assertFalse(bundled.independent("RT", "Sputnik"), "one owner");
        assertFalse(bundled.independent("Al Masdar News", "SANA"), "Al Masdar relays SANA");
        assertFalse(bundled.independent("SANA", "AMN"), "either way round");
        assertFalse(bundled.independent("SOHR", "Syrian Observatory"), "the same source");
        assertTrue(bundled.independent("Reuters", "AFP"));
        assertTrue(bundled.independent("SANA", "an unknown blog"));
    }

    @Test
    void theUsersFileExtendsAndReplaces(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(SourceRegistry.DATA_FILE),
                "# mine\nValley Courier\tthe Courier\toutlet\topposition\tValley Media\tHill Herald\n"
                        + "Reuters\t\tagency\t\tValley Media\t\n");
        SourceRegistry r = SourceRegistry.load(dir, null);
        assertEquals("opposition", r.favours("the courier"));
        assertFalse(r.independent("Valley Courier", "Hill Herald"), "relays it");
        assertFalse(r.independent("Valley Courier", "Reuters"), "one owner now");
        assertEquals("government", r.favours("SANA"), "bundled rows stay");
    }

    @Test
    void aBadRowIsNamedInOneLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.tsv");
        Files.writeString(file, "Valley Courier\t\tnewspaper\t\t\t\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SourceRegistry.load(null, file));
        assertTrue(e.getMessage().contains(file + " line 1: kind 'newspaper'"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }
}
