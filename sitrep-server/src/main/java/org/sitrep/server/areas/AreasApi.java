package org.sitrep.server.areas;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.server.BadParameterException;
import org.sitrep.server.Filters;
import org.sitrep.server.api.Responses;
import org.sitrep.store.event.BoundingBox;

/** {@code GET /api/control/areas?date=YYYY-MM-DD[&bbox=w,s,e,n]}: each side's areas and the fronts, as GeoJSON. */
public final class AreasApi {
    private static final String GEOJSON = "application/geo+json";

    private final AreasData areas;

    public AreasApi(AreasData areas) {
        this.areas = areas;
    }

    public void areas(Context ctx) {
        Map<String, List<String>> params = ctx.queryParamMap();
        Filters.requireKnown(params, Set.of("date", "bbox"));
        LocalDate date = Filters.date(params, "date");
        if (date == null) {
            throw new BadParameterException("'date' is required: the day the areas show, YYYY-MM-DD");
        }
        String box = Filters.value(params, "bbox");
        BoundingBox bbox = box == null ? null : Filters.bbox(box);
        Responses.kept(ctx, areas.geoJson(date, bbox), GEOJSON);
    }
}
