package org.sitrep.server.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.server.BadParameterException;
import org.sitrep.server.Filters;

/** {@code GET /api/control?date=YYYY-MM-DD}: each place's holder on that date, as GeoJSON. */
public final class ControlApi {
    private final ControlData control;

    public ControlApi(ControlData control) {
        this.control = control;
    }

    public void map(Context ctx) {
        Map<String, List<String>> params = ctx.queryParamMap();
        Filters.requireKnown(params, Set.of("date"));
        LocalDate date = Filters.date(params, "date");
        if (date == null) {
            throw new BadParameterException("'date' is required: the day the map shows, YYYY-MM-DD");
        }
        if (Responses.takesGzip(ctx)) {
            Responses.gzipped(ctx, control.gzippedMapOn(date), EventsApi.GEOJSON);
        } else {
            Responses.stream(ctx, control.mapOn(date).stream(), EventsApi.GEOJSON);
        }
    }
}
