package org.sitrep.server.api;

import io.javalin.http.Context;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.server.ApiException;
import org.sitrep.server.Filters;
import org.sitrep.server.view.PageView;
import org.sitrep.server.view.PlaceView;
import org.sitrep.store.Page;
import org.sitrep.store.PageRequest;
import org.sitrep.store.Store;
import org.sitrep.store.control.PlaceRef;
import org.sitrep.store.db.Sql;

/**
 * {@code GET /api/places} (the places whose control changed, by name) and {@code GET
 * /api/places/{id}} (a place with its control timeline; {@code id} is the place key events carry
 * as {@code place_id}, URL-encoded).
 */
public final class PlacesApi {
    private final Store store;
    private final ControlData control;

    public PlacesApi(Store store, ControlData control) {
        this.store = store;
        this.control = control;
    }

    public void list(Context ctx) {
        Map<String, List<String>> params = ctx.queryParamMap();
        Filters.requireKnown(params, Filters.PAGING);
        PageRequest page = Filters.page(params);
        List<PlaceView.Summary> all = control.timelines().stream().map(PlaceView.Summary::of)
                .sorted(Comparator.comparing((PlaceView.Summary s) -> s.place().name() == null ? "" : s.place().name())
                        .thenComparing(s -> s.place().id()))
                .toList();
        int from = Math.min(page.offset(), all.size());
        int to = Math.min(from + page.limit(), all.size());
        Responses.json(ctx, PageView.of(new Page<>(all.subList(from, to), all.size(), page.offset(), page.limit()),
                s -> s));
    }

    public void get(Context ctx) {
        Filters.requireKnown(ctx.queryParamMap(), Set.of());
        String key = ctx.pathParam("id");
        java.util.Optional<org.sitrep.store.control.PlaceTimeline> timeline = control.timeline(key);
        if (timeline.isEmpty()) {
            Responses.json(ctx, withoutChanges(key));
            return;
        }
        com.fasterxml.jackson.databind.node.ObjectNode json = org.sitrep.json.SitrepJson.mapper()
                .valueToTree(PlaceView.of(timeline.get()));
        new SourceWeighing(store.sources()).addTo((com.fasterxml.jackson.databind.node.ArrayNode) json.get("contested"),
                timeline.get().contested());
        Responses.json(ctx, json);
    }

    /** A place events happened at but whose control never changed: its timeline is empty. */
    private PlaceView withoutChanges(String key) {
        PlaceRef place = store.database().read(c -> Sql.first(c, "SELECT place_key, place_name, admin1, country,"
                + " latitude, longitude FROM event WHERE place_key = ? ORDER BY CASE WHEN latitude IS NULL THEN 1 ELSE 0 END, id",
                List.of(key), rs -> new PlaceRef(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Sql.getDoubleOrNull(rs, "latitude"), Sql.getDoubleOrNull(rs, "longitude"))))
                .orElseThrow(() -> ApiException.notFound("no place '" + Filters.clip(key) + "'"));
        return new PlaceView(PlaceView.Place.of(place), List.of(), List.of(), List.of());
    }
}
