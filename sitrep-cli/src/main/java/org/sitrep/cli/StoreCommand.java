package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.store.Store;
import org.sitrep.store.db.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sitrep store}: upkeep of the store itself. */
@Command(name = "store", mixinStandardHelpOptions = true, description = "Upkeep of the store.",
        subcommands = StoreCommand.Compact.class)
public final class StoreCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code sitrep store compact}: rewrites the H2 file with its live data only. */
    @Command(name = "compact", mixinStandardHelpOptions = true,
            description = {"Rewrites the H2 file of the store with its live data only, and prints its size before "
                    + "and after. Closing the store already does it when the file is mostly dead space.",
                    "Refused while another process (a running serve, an ingest) uses the store."})
    static final class Compact implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DataDirOption data;

        @Mixin
        StoreOption db;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Database.Compaction done;
            String which;
            try (Store store = db.open(data)) {
                which = store.database().describe();
                done = store.compactAndClose();
            }
            out.println(String.format(Locale.ROOT, "compacted %s: %s -> %s", which, megabytes(done.before()),
                    megabytes(done.after())));
            return 0;
        }
    }

    /** A file size for people: "47.6 MB". */
    static String megabytes(long bytes) {
        return bytes < 0 ? "size unknown" : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
