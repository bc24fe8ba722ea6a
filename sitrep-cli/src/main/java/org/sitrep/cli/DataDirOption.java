package org.sitrep.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data DIR} for every command that stores: default ./sitrep-data, or $SITREP_DATA. */
public final class DataDirOption {
    @Option(names = "--data", paramLabel = "DIR",
            description = "Data directory of the embedded store (default: $SITREP_DATA or ./sitrep-data).")
    Path data;

    public Path dataDir() {
        if (data != null) {
            return data;
        }
        String env = System.getenv("SITREP_DATA");
        return Path.of(env != null && !env.isBlank() ? env : "sitrep-data");
    }
}
