package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Store;

/** {@code sitrep user}: the token shown once, alone on the last line; list; revoke; and serve's refusal. */
class UserCommandTest {
    @TempDir
    Path data;

    private static String[] run(String... args) {
        return CliRun.run(args);
    }

    @Test
    void addPrintsTheTokenOnceAloneOnItsLastLine() {
        String[] r = run("user", "add", "amira", "--role", "analyst", "--data", data.toString());
        assertEquals("0", r[0], r[2]);
        String[] lines = r[1].strip().split("\n");
        String token = lines[lines.length - 1];
        assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
        try (Store store = Store.openDataDir(data)) {
            assertEquals("amira", store.users().authenticate(token).orElseThrow().name());
        }
        String[] listed = run("user", "list", "--data", data.toString());
        assertTrue(listed[1].startsWith("amira\tanalyst\tadded "), listed[1]);
        assertFalse(listed[1].contains(token), "the token is never shown again");

        assertEquals("0", run("user", "revoke", "amira", "--data", data.toString())[0]);
        assertTrue(run("user", "list", "--data", data.toString())[1].contains("\trevoked "));
        String[] again = run("user", "revoke", "amira", "--data", data.toString());
        assertEquals("1", again[0]);
        assertTrue(again[2].contains("no active user 'amira'"), again[2]);
    }

    @Test
    void aBadRoleOrNameIsRefusedInOneLine() {
        String[] role = run("user", "add", "amira", "--role", "boss", "--data", data.toString());
        assertEquals("2", role[0]);
        assertEquals("sitrep: user add: --role: unknown role 'boss' (viewer, analyst or admin)", role[2].strip());
        String[] name = run("user", "add", "two words", "--role", "viewer", "--data", data.toString());
        assertEquals("2", name[0]);
        assertEquals(1, name[2].strip().split("\n").length, name[2]);
        run("user", "add", "amira", "--role", "viewer", "--data", data.toString());
        assertTrue(run("user", "add", "amira", "--role", "viewer", "--data", data.toString())[2]
                .contains("user 'amira' exists already"));
    }

    @Test
    void serveRefusesTheNetworkWithNoUserAndNoPublicRead() {
        String[] r = run("serve", "--data", data.toString(), "--host", "0.0.0.0", "--port", "0");
        assertEquals("1", r[0]);
        assertEquals(1, r[2].strip().split("\n").length, r[2]);
        assertTrue(r[2].startsWith("sitrep: not listening on 0.0.0.0: reads there need a token"), r[2]);
    }
}
