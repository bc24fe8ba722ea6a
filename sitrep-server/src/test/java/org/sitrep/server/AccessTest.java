package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.server.ApiContractTest.assertError;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Store;
import org.sitrep.store.user.Role;

/** Tokens: posting is closed without one; a read token closes reads but not the API's description. */
class AccessTest {
    @TempDir
    Path dataDir;

    private Store store;
    private SitrepServer server;

    private Http start(String writeToken, String readToken) {
        store = Store.openDataDir(dataDir);
        server = new SitrepServer(ServerConfig.of(store, () -> r -> List.of()).withTokens(writeToken, readToken))
                .start(0);
        return new Http(server.url());
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void withoutAConfiguredTokenPostingIsForbidden() {
        Http http = start(null, null);
        assertError(http.withToken("anything").post("/api/reports", "text/plain", "text"), 403, "forbidden",
                "--token");
        assertEquals(200, http.get("/api/events").status(), "reads are open by default");
    }

    @Test
    void beyondLoopbackReadsNeedATokenUnlessPublic() {
        assertTrue(SitrepServer.readsOpenOn("127.0.0.1", false));
        assertTrue(SitrepServer.readsOpenOn("localhost", false));
        assertTrue(SitrepServer.readsOpenOn("::1", false));
        assertFalse(SitrepServer.readsOpenOn("0.0.0.0", false));
        assertTrue(SitrepServer.readsOpenOn("0.0.0.0", true));
    }

    @Test
    void withNoUserAndNoPublicReadItRefusesToOpenToTheNetwork() {
        store = Store.openDataDir(dataDir);
        SitrepServer refused = new SitrepServer(ServerConfig.of(store, () -> r -> List.of()));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> refused.start("0.0.0.0", 0));
        assertTrue(e.getMessage().contains("--public-read"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void usersReadWhenReadsAreClosedAndWriteByTheirRole() {
        Http http = start(null, "reader");
        store.users().add("ada", Role.ADMIN);
        String viewer = store.users().add("vera", Role.VIEWER).token();
        String analyst = store.users().add("ana", Role.ANALYST).token();
        assertEquals(200, http.withToken(viewer).get("/api/events").status());
        assertError(http.withToken(viewer).post("/api/reports", "text/plain", "x"), 403, "forbidden",
                "needs the analyst role; vera is a viewer");
        assertEquals(201, http.withToken(analyst).post("/api/reports?id=n1&date=2024-01-01", "text/plain",
                "Nothing happened.").status());
        store.users().revoke("ana");
        assertError(http.withToken(analyst).get("/api/events"), 401, "unauthorized", "wrong token");
    }

    @Test
    void aReadTokenClosesReads() {
        Http http = start("writer", "reader");
        assertError(http.get("/api/events"), 401, "unauthorized", "reads are closed");
        assertEquals("Bearer realm=\"sitrep\"", http.get("/api/reports").raw().headers()
                .firstValue("WWW-Authenticate").orElse(""));
        assertError(http.withToken("wrong").get("/api/actors"), 401, "unauthorized", "wrong token");
        assertEquals(200, http.withToken("reader").get("/api/events").status());
        assertEquals(200, http.withToken("writer").get("/api/events").status(), "the write token reads too");
        assertError(http.withToken("reader").post("/api/reports", "text/plain", "x"), 401, "unauthorized",
                "wrong token for posting");
        assertEquals(200, http.get("/api/openapi.json").status(), "the description stays open");
        assertEquals(200, http.get("/").status(), "the page itself holds no data");
    }
}
