package org.sitrep.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.cli.watch.Watcher;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.server.ServerConfig;
import org.sitrep.server.map.MapLayers;
import org.sitrep.server.map.TileLayer;
import org.sitrep.store.Store;
import org.sitrep.store.db.H2Cache;
import org.sitrep.store.watch.SourceList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep serve}: the REST API (and the web map) over the store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store over HTTP: the JSON API under /api (described at /api/openapi.json) and the "
                + "web map at /. Listens on 127.0.0.1 only unless --host says otherwise.",
                "Reads are open on 127.0.0.1; beyond it (--host) they need a user's token unless --public-read. "
                        + "Writes (reviews, POST /api/reports) need an analyst's token (sitrep user add NAME --role "
                        + "analyst) or --token."})
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

    @Option(names = "--tiles", paramLabel = "URL",
            description = "A tile layer for the web map, as a URL template with {z}, {x} and {y} (e.g. "
                    + "https://tile.openstreetmap.org/{z}/{x}/{y}.png), offered beside the built-in country outlines; "
                    + "repeatable. The browser fetches the tiles, never the server. Default: none, the map needs no network.")
    List<String> tiles = new ArrayList<>();

    @Option(names = "--tiles-attribution", paramLabel = "TEXT",
            description = "The credit the tile provider asks for, shown in the map's corner.")
    String tilesAttribution;

    @Option(names = "--max-body", paramLabel = "BYTES",
            description = "Largest request body accepted; larger ones get 413 (default: ${DEFAULT-VALUE}).")
    long maxBody = ServerConfig.DEFAULT_MAX_BODY_BYTES;

    @Option(names = "--watch", description = "Also poll the sources of DATA/sources.tsv, as `sitrep watch` does, "
            + "storing their new reports while the server answers.")
    boolean watch;

    @Mixin
    WatchCommand.WatchOptions watching;

    @Override
    public Integer call() {
        List<TileLayer> layers = new ArrayList<>();
        try {
            tiles.forEach(t -> layers.add(TileLayer.of(t, tilesAttribution)));
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("sitrep: serve: --tiles: " + e.getMessage());
            return 2;
        }
        try (Store store = db.open(data, H2Cache.SERVING)) {
            ServerConfig config = ServerConfig.of(store, () -> ExtractorChoice.forStore(data.dataDir()))
                    .withMap(MapLayers.of(data.dataDir(), layers))
                    .withTokens(orEnv(token, "SITREP_TOKEN"), orEnv(readToken, "SITREP_READ_TOKEN"))
                    .withMaxBodyBytes(maxBody)
                    .withPublicRead(where.publicRead)
                    .withReadOptions(ReadOptions.defaults());
            SourceList sources = SourceList.inDataDir(data.dataDir());
            Watcher watcher = watch ? watching.watcher(store, data, spec.commandLine().getErr()).start() : null;
            return ServerRunner.serve(config, sources, watcher, where, false, spec.commandLine().getOut(),
                    spec.commandLine().getErr());
        }
    }

    private static String orEnv(String value, String variable) {
        return value != null ? value : System.getenv(variable);
    }
}
