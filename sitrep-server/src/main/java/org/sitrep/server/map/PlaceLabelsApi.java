package org.sitrep.server.map;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.server.BadParameterException;
import org.sitrep.server.Filters;
import org.sitrep.server.api.Responses;
import org.sitrep.store.event.BoundingBox;

/**
 * {@code GET /api/place-labels?bbox=W,S,E,N&zoom=Z}: the names the base map writes over a view,
 * from the gazetteer (built in, and the user's imports), the largest places first and none
 * crowding another at the zoom.
 */
public final class PlaceLabelsApi {
    /** More names than this would not fit on any screen. */
    static final int MAX = 400;
    static final int MAX_ZOOM = 20;

    private final Supplier<Gazetteer> gazetteer;

    public PlaceLabelsApi(Supplier<Gazetteer> gazetteer) {
        this.gazetteer = gazetteer;
    }

    public void list(Context ctx) {
        Map<String, List<String>> params = ctx.queryParamMap();
        Filters.requireKnown(params, Set.of("bbox", "zoom"));
        String box = Filters.value(params, "bbox");
        if (box == null) {
            throw new BadParameterException("'bbox' is required: the map view, west,south,east,north");
        }
        BoundingBox bbox = Filters.boundingBox(box);
        int zoom = Filters.wholeNumber(params, "zoom", 0, MAX_ZOOM);
        PlaceLabels labels = new PlaceLabels(zoom);
        List<PlaceLabels.Label> picked = labels.pick(gazetteer.get().largestPlaces(bbox.west(), bbox.south(),
                bbox.east(), bbox.north(), labels.perCell()), MAX);
        Responses.json(ctx, Map.of("zoom", zoom, "labels", picked));
    }
}
