package org.sitrep.server.map;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.sitrep.server.Filters;
import org.sitrep.server.api.Responses;
import org.sitrep.server.index.LiveEventIndex;

/** {@code GET /api/event-days?...filters}: the number of events on each day, for the time slider. */
public final class EventDaysApi {
    private final LiveEventIndex index;

    public EventDaysApi(LiveEventIndex index) {
        this.index = index;
    }

    public void list(Context ctx) {
        Map<String, List<String>> params = ctx.queryParamMap();
        Filters.requireKnown(params, Filters.EVENT_FILTERS);
        EventDays days = new EventDays();
        index.forEachMatch(Filters.eventQuery(params), days);
        Responses.json(ctx, days.days());
    }
}
