package org.sitrep.server;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Store;
import org.sitrep.store.db.Database;

/**
 * A real server on a loopback port over a fresh store loaded with {@link ApiFixtures}, on the
 * embedded H2 file store or on PostgreSQL (a schema of its own per test; skipped, saying why,
 * without {@code SITREP_TEST_PG_URL}): the base of the API contract tests, run on both.
 */
abstract class ServedFixturesTest {
    enum Backend { H2, POSTGRESQL }

    private final Backend backend;
    @TempDir
    Path dataDir;
    private String schema;

    protected Store store;
    protected SitrepServer server;
    protected Http http;

    protected ServedFixturesTest(Backend backend) {
        this.backend = backend;
    }

    /** The server's configuration over the loaded store. */
    protected abstract ServerConfig config(Store store);

    @BeforeEach
    void start() throws Exception {
        store = Store.open(freshUrl());
        ApiFixtures.load(store);
        server = new SitrepServer(config(store)).start(0);
        http = new Http(server.url());
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
        TestPostgres.dropSchema(schema);
    }

    private String freshUrl() throws Exception {
        if (backend == Backend.H2) {
            return Database.h2FileUrl(dataDir);
        }
        TestPostgres.assumeAvailable();
        String[] made = new String[1];
        String url = TestPostgres.freshSchemaUrl(made);
        schema = made[0];
        return url;
    }
}
