package org.sitrep.server.map;

import io.javalin.http.Context;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.sitrep.server.BadParameterException;
import org.sitrep.server.FilterAliases;
import org.sitrep.server.Filters;
import org.sitrep.server.ReviewFilters;
import org.sitrep.server.api.Responses;
import org.sitrep.server.index.IncidentSummaries;
import org.sitrep.server.index.LiveEventIndex;
import org.sitrep.server.view.IncidentView;
import org.sitrep.store.event.BoundingBox;
import org.sitrep.store.event.EventQuery;

/**
 * {@code GET /api/clusters?bbox=W,S,E,N&zoom=Z&...filters}: the events of a map view gathered into
 * grid cells, for the web map. {@code bbox} is required, and may span at most {@link #MAX_CELLS}
 * cells a side at the zoom: a view, not the world at street level.
 */
public final class ClustersApi {
    static final int MAX_CELLS = 256;
    private static final Set<String> PARAMS = Filters.union(Filters.EVENT_FILTERS, Set.of("zoom"));

    private final LiveEventIndex index;
    private final IncidentSummaries summaries;
    private final Supplier<FilterAliases> aliases;

    public ClustersApi(LiveEventIndex index, IncidentSummaries summaries, Supplier<FilterAliases> aliases) {
        this.index = index;
        this.summaries = summaries;
        this.aliases = aliases;
    }

    public void list(Context ctx) {
        Map<String, List<String>> params = ctx.queryParamMap();
        Filters.requireKnown(params, PARAMS);
        if (Filters.value(params, "bbox") == null) {
            throw new BadParameterException("'bbox' is required: the map view, west,south,east,north");
        }
        if (Filters.value(params, "zoom") == null) {
            throw new BadParameterException("'zoom' is required: the map's zoom level, 0 to " + EventClusters.MAX_ZOOM);
        }
        int zoom = zoom(Filters.value(params, "zoom"));
        EventQuery query = aliases.get().eventQuery(params);
        requireView(query.bbox(), zoom);
        EventClusters clusters = new EventClusters(zoom, query.bbox());
        index.forEachPlacedMatch(query, ReviewFilters.of(params), clusters);
        Responses.json(ctx, clusters.view(this::singles));
    }

    /** The events of the cells that hold one, as their markers show them. */
    private Map<Long, EventClusters.Single> singles(Collection<Long> incidentIds) {
        Map<Long, EventClusters.Single> out = new HashMap<>();
        for (IncidentView v : summaries.byIds(List.copyOf(incidentIds))) {
            out.put(v.id(), new EventClusters.Single(v.id(), v.date(), v.eventType(), v.subEventType(),
                    v.location() == null ? null : v.location().name(), v.fatalities().low(), v.status()));
        }
        return out;
    }

    private static int zoom(String text) {
        int zoom;
        try {
            zoom = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new BadParameterException("'zoom' must be a whole number, not '" + Filters.clip(text) + "'");
        }
        if (zoom < 0 || zoom > EventClusters.MAX_ZOOM) {
            throw new BadParameterException("'zoom' must be 0 to " + EventClusters.MAX_ZOOM + ", not " + zoom);
        }
        return zoom;
    }

    /** Refuses a box of more than MAX_CELLS cells a side: the answer would be the store, not a view. */
    static void requireView(BoundingBox box, int zoom) {
        double cell = EventClusters.cellRadians(zoom);
        double across = Math.toRadians(box.east() - box.west()) / cell;
        double south = Math.max(box.south(), -EventClusters.MAX_LATITUDE);
        double north = Math.min(box.north(), EventClusters.MAX_LATITUDE);
        double down = Math.max(0, EventClusters.northing(north) - EventClusters.northing(south)) / cell;
        if (across > MAX_CELLS || down > MAX_CELLS) {
            throw new BadParameterException(String.format(java.util.Locale.ROOT, "'bbox' spans %.0f x %.0f cells at "
                    + "zoom %d; at most %d a side: zoom out or ask for a smaller box", across, down, zoom, MAX_CELLS));
        }
    }
}
