package org.sitrep.cli;

import java.nio.file.Path;
import org.sitrep.store.Store;
import org.sitrep.store.db.H2Cache;
import org.sitrep.store.sources.SourceRegistry;
import picocli.CommandLine.Option;

/**
 * {@code --db JDBC_URL} for every command that uses the store: the H2 file under the data
 * directory by default, or e.g. {@code jdbc:postgresql://host/db?user=u&password=p}.
 */
public final class StoreOption {
    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "Use this database instead of the H2 file under the data directory, e.g. "
                    + "jdbc:postgresql://localhost/sitrep?user=sitrep (default: $SITREP_DB, else the data directory).")
    String url;

    @Option(names = "--registry", paramLabel = "FILE",
            description = "Extend the source registry (names, kind, favoured side, owner, relays) with this file, "
                    + "after <data>/sources-registry.tsv.")
    Path registry;

    /** Opens the store this option and the data directory name; migrates its schema if needed. */
    public Store open(DataDirOption data) {
        return open(data, H2Cache.STORING);
    }

    /** As {@link #open(DataDirOption)}, with H2's page cache sized for what the command does. */
    public Store open(DataDirOption data, H2Cache cache) {
        String chosen = url != null ? url : System.getenv("SITREP_DB");
        // read first: a bad registry file is refused before the store is opened
        SourceRegistry sources = SourceRegistry.load(data.dataDir(), registry);
        Store store = Store.open(chosen, data.dataDir(), cache);
        store.sources().useRegistry(sources);
        return store;
    }
}
