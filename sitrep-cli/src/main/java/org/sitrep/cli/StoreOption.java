package org.sitrep.cli;

import org.sitrep.store.Store;
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

    /** Opens the store this option and the data directory name; migrates its schema if needed. */
    public Store open(DataDirOption data) {
        String chosen = url != null ? url : System.getenv("SITREP_DB");
        return Store.open(chosen, data.dataDir());
    }
}
