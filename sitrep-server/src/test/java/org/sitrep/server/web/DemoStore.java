package org.sitrep.server.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.Extractors;
import org.sitrep.ingest.InputReports;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.Report;
import org.sitrep.store.Store;

/**
 * A store holding what {@code sitrep demo} stores: the sample reports of {@code samples/}, read and
 * extracted as {@code ingest} does. Plus one report of this test's own whose text is markup and
 * script, to show the page prints report text as text.
 */
final class DemoStore {
    static final String HOSTILE_ID = "hostile-markup";
    static final String HOSTILE_SENTENCE = "Rebels <b>shelled</b> Kafr Hostile <img src=x onerror=\"document.title='pwned'\">"
            + " on March 3, killing two.";
    static final String HOSTILE_BODY = "<script>document.title='pwned'</script> An opening paragraph.\n\n"
            + HOSTILE_SENTENCE + "\n\nA closing paragraph with <a href=\"javascript:alert(1)\">a link</a>.";

    private DemoStore() {
    }

    static Path samples() {
        Path dir = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("../samples").normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("no samples/ at " + dir + ": the browser tests show the demo's data");
        }
        return dir;
    }

    /** Stores the samples (and the hostile report) in a new store under {@code dataDir}. */
    static Store fill(Path dataDir) throws IOException {
        Store store = Store.openDataDir(dataDir);
        Extractor extractor = Extractors.load(dataDir, List.of(), List.of());
        new InputReports(ReadOptions.defaults()).read(List.of(samples().toString())).forEach(r -> {
            if (!r.ok()) {
                throw new IllegalStateException(r.describeProblem());
            }
            store.reports().ingest(r.report(), extractor::extract);
        });
        LocalDate march3 = LocalDate.of(2018, 3, 3);
        Location place = new Location("Kafr Hostile", "Kafr Hostile", List.of(), "Idlib", null, "Syria", 35.93, 36.63,
                1, "test", null);
        int at = HOSTILE_BODY.indexOf(HOSTILE_SENTENCE);
        Event shelling = new Event(HOSTILE_ID, march3, "day", null, "Explosions/Remote violence",
                "Shelling/artillery/missile attack", new Actor("Rebels <i>Front</i>", "opposition", 2, null), null,
                List.of(), List.of(), place, "Syria", 2, null, List.of(), null, 0.9,
                new Evidence(HOSTILE_SENTENCE, at, at + HOSTILE_SENTENCE.length()));
        store.reports().store(new Report(HOSTILE_ID, "<em>Hostile</em> title", null, "Outlet <u>X</u>", march3, null,
                null, List.of(), "javascript:alert(1)", HOSTILE_BODY, null, null), List.of(shelling));
        return store;
    }
}
