package org.sitrep.cli;

import java.util.concurrent.Callable;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.server.ServerConfig;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep serve}: the REST API (and the web map) over the store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store over HTTP: the JSON API under /api (described at /api/openapi.json) and the "
                + "web map at /. Listens on 127.0.0.1 only unless --host says otherwise.",
                "Reads are open unless --read-token is given; POST /api/reports (ingest a report) needs --token, "
                        + "and is refused while no token is configured."})
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Mixin
    StoreOption db;

    @Mixin
    ServerOptions where;

    @Option(names = "--token", paramLabel = "T",
            description = "Bearer token that POST /api/reports needs (default: $SITREP_TOKEN; none: posting is refused).")
    String token;

    @Option(names = "--read-token", paramLabel = "T",
            description = "Close reads: every GET under /api then needs this token, or the write token "
                    + "(default: $SITREP_READ_TOKEN; none: reads are open).")
    String readToken;

    @Option(names = "--max-body", paramLabel = "BYTES",
            description = "Largest request body accepted; larger ones get 413 (default: ${DEFAULT-VALUE}).")
    long maxBody = ServerConfig.DEFAULT_MAX_BODY_BYTES;

    @Override
    public Integer call() {
        try (Store store = db.open(data)) {
            ServerConfig config = ServerConfig.of(store, () -> ExtractorChoice.forStore(data.dataDir()))
                    .withTokens(orEnv(token, "SITREP_TOKEN"), orEnv(readToken, "SITREP_READ_TOKEN"))
                    .withMaxBodyBytes(maxBody)
                    .withReadOptions(ReadOptions.defaults());
            return ServerRunner.serve(config, where, false, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }

    private static String orEnv(String value, String variable) {
        return value != null ? value : System.getenv(variable);
    }
}
