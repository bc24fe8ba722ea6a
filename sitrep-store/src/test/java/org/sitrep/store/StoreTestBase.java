package org.sitrep.store;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Event;
import org.sitrep.model.Report;
import org.sitrep.store.db.Database;
import org.sitrep.store.report.IngestResult;

/** A store on an empty database for each test: an H2 file, or a schema of its own on PostgreSQL. */
abstract class StoreTestBase {
    /** The databases the store's tests run on. */
    enum Backend {
        H2, POSTGRES
    }

    private final Backend backend;
    private String schema;
    @TempDir
    Path dataDir;
    protected Store store;
    protected String url;

    protected StoreTestBase(Backend backend) {
        this.backend = backend;
    }

    @BeforeEach
    void openStore() throws Exception {
        if (backend == Backend.POSTGRES) {
            // skips, saying why, without a server (.ci/start-postgres starts one)
            PostgresTestDatabase.assumeAvailable();
            String[] created = new String[1];
            url = PostgresTestDatabase.freshSchemaUrl(created);
            schema = created[0];
        } else {
            url = Database.h2FileUrl(dataDir);
        }
        store = Store.open(url);
    }

    @AfterEach
    void closeStore() throws Exception {
        if (store != null) {
            store.close();
        }
        PostgresTestDatabase.dropSchema(schema);
    }

    protected IngestResult ingest(Report r, Event... events) {
        return store.reports().ingest(r, x -> List.of(events));
    }
}
