package org.sitrep.server.map;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.sitrep.gazetteer.AdminArea;
import org.sitrep.gazetteer.AreaImport;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.gazetteer.Gazetteers;

/**
 * What the web map draws besides the store's data: the tile layers the user configured (none by
 * default: the built-in country outlines need no network) and the admin areas the user imported
 * with {@code sitrep gazetteer import-areas}.
 *
 * @param areas     asked for once, on the first request that needs them
 * @param gazetteer where reviewers search for a place; asked for once, on the first search
 */
public record MapLayers(List<TileLayer> tiles, Supplier<List<AdminArea>> areas, Supplier<Gazetteer> gazetteer) {
    /** No tiles, no areas, the built-in gazetteer. */
    public static final MapLayers NONE = new MapLayers(List.of(), List::of);

    public MapLayers {
        tiles = List.copyOf(tiles);
    }

    /** With the built-in gazetteer. */
    public MapLayers(List<TileLayer> tiles, Supplier<List<AdminArea>> areas) {
        this(tiles, areas, Gazetteers::builtin);
    }

    /**
     * The web page's content security policy: scripts, styles and data from this server only (a
     * report's text can never run as script, even if a bug let it into the page as markup), and
     * images also from the configured tile servers.
     */
    public String contentSecurityPolicy() {
        StringBuilder img = new StringBuilder("'self' data: blob:");
        tiles.stream().map(TileLayer::origin).distinct().forEach(o -> img.append(' ').append(o));
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src " + img
                + "; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }

    /** The areas imported into a data directory, and the given tile layers. */
    public static MapLayers of(Path dataDir, List<TileLayer> tiles) {
        return new MapLayers(tiles, () -> {
            try {
                return AreaImport.load(dataDir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the admin areas of " + dataDir + ": " + e.getMessage(), e);
            }
        }, () -> {
            try {
                return Gazetteers.load(dataDir, List.of());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the gazetteer of " + dataDir + ": " + e.getMessage(), e);
            }
        });
    }
}
