package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sitrep sources}: the table after an ingest, one source by alias, the registry option, bad input. */
class SourcesCommandTest {
    // invented outlets; two tell one capture, a third claims one the other side undoes five days later
    private static final String REPORTS = String.join("\n",
            "{\"id\": \"hh-1\", \"date\": \"2019-11-20\", \"outlet\": \"Hill Herald\", \"text\": \"On November 19, the "
                    + "Syrian Army captured the village of Kafr Nabl in southern Idlib after two days of clashes with "
                    + "Hayat Tahrir al-Sham.\"}",
            "{\"id\": \"rm-1\", \"date\": \"2019-11-20\", \"outlet\": \"Ridge Monitor\", \"text\": \"Government troops "
                    + "took control of Kafr Nabl in the south of Idlib on November 19, following fighting with HTS.\"}",
            "{\"id\": \"vc-1\", \"date\": \"2019-11-20\", \"outlet\": \"Valley Courier\", \"text\": \"On November 19, "
                    + "the Syrian Army captured the town of Saraqib in eastern Idlib.\"}",
            "{\"id\": \"hh-2\", \"date\": \"2019-11-25\", \"outlet\": \"Hill Herald\", \"text\": \"On November 24, Hayat "
                    + "Tahrir al-Sham recaptured the town of Saraqib in eastern Idlib from the Syrian Army.\"}") + "\n";

    @TempDir
    Path dir;

    private Path ingested() throws Exception {
        Path data = dir.resolve("data");
        Path corpus = Files.writeString(dir.resolve("reports.jsonl"), REPORTS);
        String[] r = CliRun.run("ingest", "--data", data.toString(), corpus.toString());
        assertEquals("0", r[0], r[2]);
        return data;
    }

    /** The command's output, once it succeeded. */
    private static String sources(String... args) {
        String[] r = CliRun.run(args);
        assertEquals("0", r[0], r[2]);
        return r[1];
    }

    @Test
    void theTableRanksCorroboratedSourcesAboveAReversedOne() throws Exception {
        String table = sources("sources", "--data", ingested().toString());
        String[] lines = table.strip().split("\n");
        assertTrue(lines[0].startsWith("rank source"), table);
        assertTrue(lines[3].startsWith("3    Valley Courier") && lines[3].contains("0.40 [0.03-0.86]"), table);
    }

    @Test
    void oneSourceWithTheRegistrysWordOnItsSide() throws Exception {
        Path data = ingested();
        Path registry = Files.writeString(dir.resolve("mine.tsv"), "Valley Courier\tthe Courier\toutlet\tgovernment\t\t\n");
        String one = sources("sources", "the courier", "--rebuild", "--registry", registry.toString(),
                "--data", data.toString());
        for (String expected : new String[] {"Valley Courier (outlet, favours government)",
            "1 change of control it claimed reversed within 14 days", "most claims are about its own side's gains"}) {
            assertTrue(one.contains(expected), one);
        }
    }

    @Test
    void badInputIsOneLine() throws Exception {
        Path data = ingested();
        String[] period = CliRun.run("sources", "--period", "November", "--data", data.toString());
        assertEquals("2", period[0]);
        assertEquals("sitrep: sources: --period 'November' is not YYYY-MM, 'undated' or 'all'", period[2].strip());
        assertEquals("1", CliRun.run("sources", "Nobody Gazette", "--data", data.toString())[0]);
        Path registry = Files.writeString(dir.resolve("bad.tsv"), "Valley Courier\t\tblog\t\t\t\n");
        String[] bad = CliRun.run("sources", "--registry", registry.toString(), "--data", data.toString());
        assertEquals("2", bad[0]);
        assertEquals("sitrep: registry " + registry + " line 1: kind 'blog' is not outlet, agency, monitor or ministry",
                bad[2].strip());
    }
}
