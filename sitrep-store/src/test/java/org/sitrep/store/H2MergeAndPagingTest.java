package org.sitrep.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.db.Database;

/** Merging and paging on the embedded H2 file database. */
class H2MergeAndPagingTest extends MergeAndPagingContractTest {
    @TempDir
    Path dataDir;

    @Override
    protected String freshUrl() {
        return Database.h2FileUrl(dataDir);
    }
}
