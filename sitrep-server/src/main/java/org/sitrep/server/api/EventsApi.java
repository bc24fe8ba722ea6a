package org.sitrep.server.api;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.sitrep.server.ApiException;
import org.sitrep.server.BadParameterException;
import org.sitrep.server.FilterAliases;
import org.sitrep.server.Filters;
import org.sitrep.server.ReviewFilters;
import org.sitrep.server.geojson.EventCollection;
import org.sitrep.server.view.IncidentView;
import org.sitrep.server.view.PageView;
import org.sitrep.server.index.IncidentSummaries;
import org.sitrep.server.index.LiveEventIndex;
import org.sitrep.store.Page;
import org.sitrep.store.PageRequest;
import org.sitrep.store.Store;
import org.sitrep.store.event.EventQuery;
import org.sitrep.store.review.ReviewState;

/** {@code GET /api/events} (filtered, paged, by date) and {@code GET /api/events/{id}} (with every claim). */
public final class EventsApi {
    private static final Set<String> PARAMS = Filters.union(Filters.union(Filters.EVENT_FILTERS, Filters.PAGING),
            Set.of("format"));
    static final String GEOJSON = "application/geo+json";

    private final Store store;
    private final LiveEventIndex index;
    private final IncidentSummaries summaries;
    private final Supplier<FilterAliases> aliases;

    /** With an index and summaries shared with the web map's endpoints (one copy of each in memory). */
    public EventsApi(Store store, LiveEventIndex index, IncidentSummaries summaries, Supplier<FilterAliases> aliases) {
        this.store = store;
        this.index = index;
        this.summaries = summaries;
        this.aliases = aliases;
    }

    public void list(Context ctx) {
        Map<String, List<String>> params = ctx.queryParamMap();
        Filters.requireKnown(params, PARAMS);
        boolean geojson = geojson(Filters.value(params, "format"));
        EventQuery query = aliases.get().eventQuery(params);
        PageRequest request = Filters.page(params);
        LiveEventIndex.Page found = index.find(query, ReviewFilters.of(params), request);
        PageView<IncidentView> page = PageView.of(new Page<>(summaries.byIds(found.incidentIds()), found.total(),
                request.offset(), request.limit()), v -> v);
        if (geojson) {
            Responses.json(ctx, EventCollection.of(page), GEOJSON);
        } else {
            Responses.json(ctx, page);
        }
    }

    public void get(Context ctx) {
        Filters.requireKnown(ctx.queryParamMap(), Set.of());
        long id = Ids.number(ctx.pathParam("id"), "event");
        java.util.Optional<ReviewState> review = store.reviews().state(id);
        org.sitrep.store.merge.Incident incident = store.incidents().get(id)
                .orElseThrow(() -> ApiException.notFound(review.filter(r -> r.mergedInto() != null)
                        .map(r -> "event " + id + " was merged into event " + r.mergedInto()).orElse("no event " + id)));
        IncidentView view = IncidentView.detail(incident).withReview(review.orElse(null));
        com.fasterxml.jackson.databind.node.ObjectNode json = org.sitrep.json.SitrepJson.mapper().valueToTree(view);
        new SourceWeighing(store.sources()).addTo(json, incident.summary().confidence(), incident.claims());
        Responses.json(ctx, json);
    }

    private static boolean geojson(String format) {
        if (format == null || format.equals("json")) {
            return false;
        }
        if (format.equals("geojson")) {
            return true;
        }
        throw new BadParameterException("'format' is json or geojson, not '" + Filters.clip(format) + "'");
    }
}
