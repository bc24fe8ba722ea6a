package org.sitrep.extract.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorDictionaryTest {
    static final String SAA = "Syrian Arab Army";
    static final String HTS = "Hay'at Tahrir al-Sham";
    static final String STATE_FORCES = "State forces";

    /** A dictionary for a conflict the bundled files do not cover (invented rows, real column layout). */
    static final String SAHEL_FILE = """
            #! country MZ
            # name\tside\tinter\tcountry\tparent\tkind\tacled\taliases
            Mozambican Armed Forces\tgovernment\t1\tMZ\t\tstate\tMilitary Forces of Mozambique\tFADM|Mozambican army|Mozambican soldiers
            Katiba Ansar al-Wadi\tjihadists\t2\t\t\tactor\tKatiba Ansar al-Wadi\tKAW|Ansar al-Wadi fighters
            """;

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void bundledDictionariesLoadStateForcesAndGroups() {
        ActorDictionary d = ActorDictionary.bundled();
        ActorEntry saa = d.byName(SAA).orElseThrow();
        assertEquals("government", saa.side());
        assertEquals(1, saa.inter());
        assertEquals("SY", saa.country());
        assertEquals(ActorKind.STATE, saa.kind());
        assertTrue(saa.aliases().contains("SAA"));
        ActorEntry hts = d.byName(HTS).orElseThrow();
        assertEquals("opposition", hts.side());
        assertTrue(hts.aliases().contains("Jabhat al-Nusra"));
        assertEquals(HTS, hts.aliases().get(0), "the canonical name is an alias of its own");
    }

    @Test
    void genericRowsListTheSidesTheyMayStandFor() {
        ActorEntry militants = ActorDictionary.bundled().byName("Militants").orElseThrow();
        assertEquals(ActorKind.GENERIC, militants.kind());
        assertEquals(List.of("opposition", "isis"), militants.sides());
        assertEquals("opposition", militants.side(), "the first side is the default");
    }

    @Test
    void stateForcesAreFoundByCountryCode() {
        ActorDictionary d = ActorDictionary.bundled();
        assertEquals(SAA, d.stateForces("SY").orElseThrow().name());
        assertEquals(SAA, d.stateForces("sy").orElseThrow().name());
        assertTrue(d.stateForces(null).isEmpty());
        assertTrue(d.stateForces("ZZ").isEmpty());
        assertTrue(d.byName(STATE_FORCES).orElseThrow().isStateGeneric());
        assertTrue(!d.byName(SAA).orElseThrow().isStateGeneric());
    }

    @Test
    void theCountryDirectiveMarksTheRowsOfItsFileOnly() {
        ActorDictionary d = ActorDictionary.bundled();
        assertEquals("SY", d.byName(HTS).orElseThrow().conflictCountry());
        assertNull(d.byName(STATE_FORCES).orElseThrow().conflictCountry(), "common.tsv names no conflict");
    }

    @Test
    void aUserFileAddsANewConflictsActors() throws IOException {
        ActorDictionary d = ActorDictionary.load(List.of(write("sahel.tsv", SAHEL_FILE)));
        ActorEntry fadm = d.byName("Mozambican Armed Forces").orElseThrow();
        assertEquals("MZ", fadm.country());
        assertEquals("MZ", fadm.conflictCountry());
        assertEquals(List.of("Mozambican Armed Forces", "FADM", "Mozambican army", "Mozambican soldiers"),
                fadm.aliases());
        assertEquals("Mozambican Armed Forces", d.stateForces("MZ").orElseThrow().name());
        ActorEntry kaw = d.byName("Katiba Ansar al-Wadi").orElseThrow();
        assertEquals("jihadists", kaw.side());
        assertEquals(2, kaw.inter());
        assertNull(kaw.parent());
        assertTrue(d.byName(SAA).isPresent(), "the bundled actors stay");
    }

    @Test
    void everyBundledConflictDeclaresTheSidesItsActorsUse() {
        ActorDictionary d = ActorDictionary.bundled();
        assertTrue(d.conflicts().containsAll(java.util.Set.of("SY", "YE", "IQ", "IL", "LB", "TR", "IR", "UA", "SD",
                "MM", "ML")), d.conflicts()::toString);
        for (ActorEntry e : d.entries()) {
            if (e.conflictCountry() != null) {
                java.util.Set<String> declared = new java.util.HashSet<>();
                d.sides(e.conflictCountry()).forEach(side -> declared.add(side.key()));
                assertTrue(declared.containsAll(e.sides()), e.name() + " of " + e.conflictCountry() + ": " + e.sides()
                        + " not among " + declared);
            }
        }
    }

    @Test
    void anActorOfSeveralWarsHasARowInEach() {
        ActorDictionary d = ActorDictionary.bundled();
        ActorEntry russia = d.byName("Russian forces").orElseThrow();
        assertEquals("government", russia.side(), "Syria's row is loaded first");
        assertTrue(d.hasVariants(russia));
        assertEquals("russia", d.variant(russia, "UA").side());
        assertSame(russia, d.variant(russia, "NG"), "no row for that war: the row read");
        assertEquals("Police Forces of Ukraine", d.forcesOf(d.byName("Police").orElseThrow(), "UA").orElseThrow().name());
    }

    @Test
    void aSideLineNeedsAColour() throws IOException {
        Path bad = write("bad-side.tsv", "#! country MZ\n#! side insurgents\tred\tInsurgents\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ActorDictionary.load(List.of(bad)));
        assertTrue(e.getMessage().contains("bad-side.tsv:2"), e.getMessage());
    }

    @Test
    void aLaterRowWithTheSameNameReplacesTheBundledOne() throws IOException {
        Path fix = write("fix.tsv", "Tiger Forces\tgovernment\t3\tSY\t\tactor\tTiger Forces\tTiger Forces|Qawat al-Nimr\n");
        ActorEntry tiger = ActorDictionary.load(List.of(fix)).byName("Tiger Forces").orElseThrow();
        assertEquals(3, tiger.inter());
        assertNull(tiger.parent());
    }

    @Test
    void aLineWithTooFewColumnsNamesFileAndLine() throws IOException {
        Path bad = write("broken.tsv", "# a comment\n\nGhost Brigade\topposition\t2\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ActorDictionary.load(List.of(bad)));
        assertTrue(e.getMessage().startsWith(bad + ":3:"), e.getMessage());
        assertTrue(e.getMessage().contains("8 tab-separated columns"), e.getMessage());
    }

    @Test
    void aRowWithoutASideNamesFileAndLine() throws IOException {
        Path bad = write("noside.tsv", "Ghost Brigade\t \t2\t\t\tactor\tGhost Brigade\tGhost Brigade\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ActorDictionary.load(List.of(bad)));
        assertTrue(e.getMessage().startsWith(bad + ":1:"), e.getMessage());
        assertTrue(e.getMessage().contains("Ghost Brigade"), e.getMessage());
    }

    @Test
    void anUnknownKindNamesFileAndLine() throws IOException {
        Path bad = write("kind.tsv", "Ghost Brigade\topposition\t2\t\t\tmilitia\tGhost Brigade\tGhost Brigade\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ActorDictionary.load(List.of(bad)));
        assertTrue(e.getMessage().contains(bad + ":1"), e.getMessage());
    }

    @Test
    void aNonNumericInterNamesFileAndLine() throws IOException {
        Path bad = write("inter.tsv", "Ghost Brigade\topposition\ttwo\t\t\tactor\tGhost Brigade\tGhost Brigade\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ActorDictionary.load(List.of(bad)));
        assertTrue(e.getMessage().contains(bad + ":1"), e.getMessage());
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("nowhere.tsv");
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> ActorDictionary.load(List.of(missing)));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }

    @Test
    void theSameWordsNameTheRowOfTheWarTheyAreReadIn() {
        ActorDictionary d = ActorDictionary.bundled();
        ActorEntry coalition = d.byName("US-led coalition").orElseThrow();
        assertEquals("Saudi-led coalition", d.variant(coalition, "the coalition", "YE").name());
        assertEquals("Saudi-led coalition", d.variant(coalition, "Coalition airstrikes", "ye").name());
        assertEquals("US-led coalition", d.variant(coalition, "the coalition", "SY").name());
        assertEquals("IQ", d.variant(coalition, "the coalition", "IQ").conflictCountry(), "Iraq's own row by name");
        // words no row of that war lists keep the row they were read with
        assertSame(coalition, d.variant(coalition, "the international coalition", "YE"));
    }

    @Test
    void wordsSeveralWarsFilesListTellNoWar() {
        ActorDictionary d = ActorDictionary.bundled();
        assertTrue(d.namesInSeveralWars("al-Qaeda militants"));
        assertTrue(d.namesInSeveralWars("The Coalition"));
        assertEquals(false, d.namesInSeveralWars("HTS"));
        assertEquals(false, d.namesInSeveralWars("Houthi fighters"));
    }
}
