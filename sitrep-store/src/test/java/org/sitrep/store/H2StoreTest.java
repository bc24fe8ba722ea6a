package org.sitrep.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.db.Database;

/** The store's contract on the embedded H2 file database. */
class H2StoreTest extends StoreContractTest {
    @TempDir
    Path dataDir;

    @Override
    protected String freshUrl() {
        return Database.h2FileUrl(dataDir);
    }
}
