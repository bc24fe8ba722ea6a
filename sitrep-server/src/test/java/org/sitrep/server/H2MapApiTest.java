package org.sitrep.server;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.db.Database;

/** The web map's endpoints over the embedded H2 file store. */
class H2MapApiTest extends MapApiContractTest {
    @TempDir
    Path dataDir;

    @Override
    protected String freshUrl() {
        return Database.h2FileUrl(dataDir);
    }
}
