package org.sitrep.server.map;

import io.javalin.http.Context;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.sitrep.gazetteer.AdminArea;
import org.sitrep.server.Filters;
import org.sitrep.server.api.Responses;

/**
 * {@code GET /api/layers} (the tile layers the user configured, and how many admin areas there
 * are) and {@code GET /api/areas} (those areas as GeoJSON): what the web map draws besides events
 * and control.
 */
public final class MapApi {
    static final String GEOJSON = "application/geo+json";

    /** What the page needs to build its layer switcher. */
    public record Layers(List<TileLayer> tiles, int areas) {
    }

    private final List<TileLayer> tiles;
    private final Supplier<List<AdminArea>> areas;
    private final Supplier<byte[]> areaBytes;

    /** @param areas asked for on first use, then kept */
    public MapApi(List<TileLayer> tiles, Supplier<List<AdminArea>> areas, Supplier<byte[]> areaBytes) {
        this.tiles = List.copyOf(tiles);
        this.areas = areas;
        this.areaBytes = areaBytes;
    }

    /** The GeoJSON bytes of some areas, to be kept by the caller. */
    public static byte[] geoJson(List<AdminArea> areas) {
        return Responses.toBytes(AreaCollection.of(areas));
    }

    public void layers(Context ctx) {
        Filters.requireKnown(ctx.queryParamMap(), Set.of());
        Responses.json(ctx, new Layers(tiles, areas.get().size()));
    }

    public void areas(Context ctx) {
        Filters.requireKnown(ctx.queryParamMap(), Set.of());
        Responses.bytes(ctx, areaBytes.get(), GEOJSON);
    }
}
