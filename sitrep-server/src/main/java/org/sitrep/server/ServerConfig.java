package org.sitrep.server;

import java.util.List;
import java.util.function.Supplier;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.actor.ActorDictionary;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.server.map.MapLayers;
import org.sitrep.store.Store;

/**
 * What the server serves and how it is protected.
 *
 * @param extractor    reads events from posted reports; asked for on the first POST only (loading it
 *                     takes seconds), then kept
 * @param actors       the actor dictionary {@code /api/actors} shows; asked for once
 * @param writeToken   the bearer token POST needs; null refuses every POST (403)
 * @param readToken    when set, every GET under /api needs it (or the write token) as a bearer token
 * @param maxBodyBytes larger request bodies are refused with 413
 * @param readOptions  how posted reports are read (boilerplate patterns, limits)
 * @param map          the web map's tile layers and admin areas
 * @param allowedHosts names the server answers to besides the addresses it listens on (the
 *                     {@code Host} header of every other request is refused: DNS rebinding)
 * @param publicRead   reads stay open without a token even when the server listens beyond loopback
 */
public record ServerConfig(Store store, Supplier<? extends Extractor> extractor,
        Supplier<ActorDictionary> actors, String writeToken, String readToken, long maxBodyBytes,
        ReadOptions readOptions, MapLayers map, List<String> allowedHosts, boolean publicRead) {

    public static final long DEFAULT_MAX_BODY_BYTES = 5L * 1024 * 1024;

    public ServerConfig {
        writeToken = blankToNull(writeToken);
        readToken = blankToNull(readToken);
        map = map == null ? MapLayers.NONE : map;
        allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive, not " + maxBodyBytes);
        }
    }

    /** Open reads, no POST, the bundled actor dictionary, a 5 MB body limit, no tiles or areas. */
    public static ServerConfig of(Store store, Supplier<? extends Extractor> extractor) {
        return new ServerConfig(store, extractor, ActorDictionary::bundled, null, null, DEFAULT_MAX_BODY_BYTES,
                ReadOptions.defaults(), MapLayers.NONE, List.of(), false);
    }

    public ServerConfig withTokens(String write, String read) {
        return new ServerConfig(store, extractor, actors, write, read, maxBodyBytes, readOptions, map, allowedHosts,
                publicRead);
    }

    public ServerConfig withMaxBodyBytes(long bytes) {
        return new ServerConfig(store, extractor, actors, writeToken, readToken, bytes, readOptions, map,
                allowedHosts, publicRead);
    }

    public ServerConfig withActors(Supplier<ActorDictionary> dictionary) {
        return new ServerConfig(store, extractor, dictionary, writeToken, readToken, maxBodyBytes, readOptions, map,
                allowedHosts, publicRead);
    }

    public ServerConfig withReadOptions(ReadOptions options) {
        return new ServerConfig(store, extractor, actors, writeToken, readToken, maxBodyBytes, options, map,
                allowedHosts, publicRead);
    }

    public ServerConfig withMap(MapLayers layers) {
        return new ServerConfig(store, extractor, actors, writeToken, readToken, maxBodyBytes, readOptions, layers,
                allowedHosts, publicRead);
    }

    public ServerConfig withPublicRead(boolean open) {
        return new ServerConfig(store, extractor, actors, writeToken, readToken, maxBodyBytes, readOptions, map,
                allowedHosts, open);
    }

    public ServerConfig withAllowedHosts(List<String> hosts) {
        return new ServerConfig(store, extractor, actors, writeToken, readToken, maxBodyBytes, readOptions, map,
                hosts, publicRead);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
