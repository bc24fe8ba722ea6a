package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Store;
import org.sitrep.store.alert.AlertRule;

/** {@code sitrep alert}: add, list and remove watch list entries; bad input refused in one line, nothing stored. */
class AlertCommandTest {
    private static final String HOOK = "http://127.0.0.1:9/hook";

    @TempDir
    Path data;

    private String[] run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data";
        all[args.length + 1] = data.toString();
        return CliRun.run(all);
    }

    @Test
    void addListAndRemove() {
        String[] added = run("alert", "add", "--place", "Tall Thani", "--changes-of-control", "--webhook", HOOK);
        assertEquals("0", added[0], added[2]);
        assertTrue(added[1].startsWith("Added alert 1: place Tall Thani, changes of control -> " + HOOK), added[1]);
        assertEquals("0", run("alert", "add", "--bbox", "36,35,37,36", "--min-deaths", "5", "--webhook", HOOK)[0]);
        try (Store store = Store.openDataDir(data)) {
            AlertRule first = store.alerts().rules(null).get(0);
            assertEquals("Tall Thani", first.place());
            assertTrue(first.changesOfControl());
            assertEquals("cli", first.owner());
        }
        String[] listed = run("alert", "list");
        assertEquals("0", listed[0]);
        assertTrue(listed[1].contains("1\tcli\tplace Tall Thani, changes of control\t" + HOOK), listed[1]);
        assertTrue(listed[1].contains("2\tcli\tbox 36.0,35.0,37.0,36.0, at least 5 killed\t" + HOOK), listed[1]);

        assertEquals("0", run("alert", "remove", "1")[0]);
        String[] again = run("alert", "remove", "1");
        assertEquals("1", again[0]);
        assertEquals("sitrep: alert remove: no alert 1", again[2].strip());
        assertTrue(!run("alert", "list")[1].contains("Tall Thani"));
    }

    @Test
    void badInputIsRefusedInOneLineAndNothingIsStored() {
        String[][] refused = {
            run("alert", "add", "--webhook", HOOK),
            run("alert", "add", "--place", "X", "--webhook", "ftp://example.org/x"),
            run("alert", "add", "--bbox", "36,35,north", "--webhook", HOOK),
            run("alert", "add", "--actor", "X", "--min-deaths", "-2", "--webhook", HOOK),
        };
        for (String[] r : refused) {
            assertEquals("2", r[0], r[1] + r[2]);
            assertEquals(1, r[2].strip().split("\n").length, r[2]);
            assertTrue(r[2].startsWith("sitrep: alert add: "), r[2]);
        }
        try (Store store = Store.openDataDir(data)) {
            assertEquals(0, store.alerts().rules(null).size());
        }
    }
}
