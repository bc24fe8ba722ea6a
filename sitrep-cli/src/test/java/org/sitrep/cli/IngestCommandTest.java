package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Store;

class IngestCommandTest {
    private static final Pattern SUMMARY = Pattern.compile(
            "stored (\\d+) reports \\((\\d+) new, (\\d+) relays, (\\d+) unchanged, (\\d+) replaced\\), (\\d+) events; "
                    + "(\\d+) failed\\. The store holds (\\d+) reports and (\\d+) events\\.");

    @TempDir
    Path tmp;

    record Run(int status, String out, String err) {
        /** new, unchanged, replaced, events, failed from the summary line. */
        int[] counts() {
            Matcher m = SUMMARY.matcher(out);
            assertTrue(m.find(), "no summary line in: " + out);
            return new int[] {Integer.parseInt(m.group(2)), Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)), Integer.parseInt(m.group(7))};
        }

        /** Relays stored, then the store's reports and events after the batch. */
        int[] relaysAndStore() {
            Matcher m = SUMMARY.matcher(out);
            assertTrue(m.find(), "no summary line in: " + out);
            return new int[] {Integer.parseInt(m.group(3)), Integer.parseInt(m.group(8)), Integer.parseInt(m.group(9))};
        }
    }

    static Run sitrep(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(status, out.toString(), err.toString());
    }

    private Path reports() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in/nested"));
        Files.writeString(dir.resolve("clash.txt"), "Clashes near Tell Example\n\n"
                + "On November 14, 2019 the Syrian Arab Army clashed with Hayat Tahrir al-Sham near Kafr Nabudah "
                + "in northern Hama. 12 militants were killed.\n");
        Files.writeString(tmp.resolve("in/shelling.txt"), "Shelling reported\n\n"
                + "On November 15, 2019 militants shelled the town of Suqaylabiyah in northern Hama.\n");
        return tmp.resolve("in");
    }

    @Test
    void ingestWalksDirectoriesStoresOnceAndReplacesCorrections() throws Exception {
        Path in = reports();
        String data = tmp.resolve("data").toString();

        Run first = sitrep("ingest", "--data", data, in.toString());
        assertEquals(0, first.status(), first.err());
        int[] c = first.counts();
        assertEquals(2, c[0]);
        assertTrue(c[3] > 0, "the clash is extracted: " + first.out());
        assertEquals(0, c[4]);
        assertTrue(Files.exists(tmp.resolve("data/sitrep.mv.db")), "an H2 file under the data directory");

        Run again = sitrep("ingest", "--data", data, in.toString());
        assertEquals(0, again.status());
        assertEquals(2, again.counts()[1], again.out());
        assertEquals(c[3], again.counts()[3], "the same events as before");

        Files.writeString(in.resolve("shelling.txt"), "Shelling reported\n\n"
                + "On November 16, 2019 militants shelled the town of Suqaylabiyah in northern Hama.\n");
        int[] corrected = sitrep("ingest", "--data", data, in.toString()).counts();
        assertEquals(1, corrected[1]);
        assertEquals(1, corrected[2]);

        try (Store store = Store.openDataDir(tmp.resolve("data"))) {
            assertEquals(2, store.reports().count());
            assertEquals(2, store.reports().find("shelling").orElseThrow().revision());
        }
    }

    /** Issue 18: a republished report was dropped while the summary counted it as stored. */
    @Test
    void aRepublishedReportIsStoredAsARelayAndTheSummaryCountsTheStore() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("relayed"));
        Files.writeString(in.resolve("a.jsonl"), "{\"id\": \"first\", \"outlet\": \"Outlet A\", \"date\": \"2019-11-15\", "
                + "\"text\": \"On November 14, 2019 the Syrian Arab Army clashed with Hayat Tahrir al-Sham near Kafr "
                + "Nabudah.\"}\n{\"id\": \"again\", \"outlet\": \"Outlet B\", \"date\": \"2019-11-15\", \"text\": \"On November "
                + "14, 2019 the Syrian Arab Army clashed with Hayat Tahrir al-Sham near Kafr Nabudah.\"}\n");
        Run run = sitrep("ingest", "--data", tmp.resolve("data").toString(), in.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals(1, run.counts()[0]);
        int[] relays = run.relaysAndStore();
        assertEquals(1, relays[0], run.out());
        assertEquals(2, relays[1], "the store holds both: " + run.out());
        assertEquals(run.counts()[3], relays[2], "every event stored is counted: " + run.out());
        assertTrue(relays[2] >= 2, "the relay's events are its outlet's claims: " + run.out());
    }

    /** Issue 18: ingest lacked the --actors, --gazetteer and --threads that extract has. */
    @Test
    void ingestTakesTheExtractionOptionsOfExtract() throws Exception {
        Path actors = Files.writeString(tmp.resolve("valley.tsv"), "# name\tside\tinter\tcountry\tparent\tkind\tacled\taliases\n"
                + "Valley Lions Brigade\topposition\t2\t\t\tactor\tValley Lions Brigade\tValley Lions\n");
        Path in = Files.createDirectories(tmp.resolve("valley"));
        Files.writeString(in.resolve("v.txt"), "Clash\n\nOn November 14, 2019 the Valley Lions clashed with the "
                + "Syrian Arab Army near Kafr Nabudah in northern Hama.\n");
        String data = tmp.resolve("data").toString();
        Run run = sitrep("ingest", "--data", data, "--threads", "2", "--actors", actors.toString(), in.toString());
        assertEquals(0, run.status(), run.err());
        try (Store store = Store.openDataDir(tmp.resolve("data"))) {
            assertTrue(store.events().forReport("v").stream()
                    .anyMatch(e -> e.event().toString().contains("Valley Lions Brigade")),
                    "the run's actor dictionary was used");
        }
        for (String option : new String[] {"--actors", "--gazetteer", "--threads"}) {
            assertTrue(sitrep("ingest", "--help").out().contains(option), option);
        }
    }

    @Test
    void aBadInputIsNamedOnStderrAndTheRestIsStored() throws Exception {
        Path in = reports();
        Path missing = tmp.resolve("missing.txt");
        Run run = sitrep("ingest", "--data", tmp.resolve("data").toString(), missing.toString(), in.toString());
        assertEquals(1, run.status());
        assertEquals(1, run.counts()[4]);
        assertEquals(2, run.counts()[0]);
        assertTrue(run.err().startsWith("sitrep: " + missing + ": "), run.err());
        assertEquals(1, run.err().strip().lines().count(), "one line per problem: " + run.err());
    }

    @Test
    void dbChoosesAnotherDatabaseAndABadUrlIsOneClearLine() throws Exception {
        Path in = reports();
        String url = "jdbc:h2:file:" + tmp.resolve("elsewhere/db").toAbsolutePath();
        Run run = sitrep("ingest", "--data", tmp.resolve("data").toString(), "--db", url, in.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(Files.exists(tmp.resolve("elsewhere/db.mv.db")));
        assertTrue(Files.notExists(tmp.resolve("data/sitrep.mv.db")));

        Run bad = sitrep("ingest", "--db", "jdbc:nosuch://x", in.toString());
        assertEquals(2, bad.status());
        assertTrue(bad.err().startsWith("sitrep: unsupported database URL"), bad.err());
    }

    @Test
    void demoStoresTheSamplesAndShowsThem() throws Exception {
        Path samples = reports();
        String data = tmp.resolve("data").toString();
        Run run = sitrep("demo", "--data", data, "--samples", samples.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("(2 new, 0 relays, 0 unchanged, 0 replaced)"), run.out());
        assertTrue(run.out().contains("Reports (2)"), run.out());
        assertTrue(run.out().contains("2019-11-14") || run.out().contains("Clashes near Tell Example"), run.out());
        assertTrue(run.out().contains("Events"), run.out());
        assertTrue(Pattern.compile("Store: jdbc:h2:file:.* \\(file \\d+\\.\\d MB\\)").matcher(run.out()).find(),
                "the summary says how large the store's file is: " + run.out());

        Run again = sitrep("demo", "--data", data, "--samples", samples.toString());
        assertTrue(again.out().contains("(0 new, 0 relays, 2 unchanged, 0 replaced)"), again.out());
    }

    @Test
    void storeCompactPrintsTheSizesAndKeepsTheReports() throws Exception {
        String data = tmp.resolve("data").toString();
        assertEquals(0, sitrep("ingest", "--data", data, reports().toString()).status());
        Run compact = sitrep("store", "compact", "--data", data);
        assertEquals(0, compact.status(), compact.err());
        assertTrue(Pattern.compile("compacted jdbc:h2:file:.*: \\d+\\.\\d MB -> \\d+\\.\\d MB").matcher(compact.out())
                .find(), compact.out());
        try (Store store = Store.openDataDir(tmp.resolve("data"))) {
            assertEquals(2, store.reports().count());
        }
        Run notH2 = sitrep("store", "compact", "--db", "jdbc:h2:mem:x");
        assertEquals(2, notH2.status());
        assertTrue(notH2.err().startsWith("sitrep: only an H2 file store is compacted"), notH2.err());
    }

    @Test
    void demoFindsTheBundledSamplesOfTheCheckout() {
        Path found = DemoCommand.locateSamples();
        assertTrue(Files.isDirectory(found), "samples/ of the checkout: " + found.toAbsolutePath());
    }
}
